using Crm.Framework.Fields;
using Crm.Framework.Plugins;

namespace Crm.Framework.Leads;

/// <summary>
/// Routes a new lead to an owner: when every condition given matches, the lead goes to <see cref="User"/>
/// or, in turn, to the members of <see cref="Team"/>. Rules are tried in the order declared (kernel,
/// application, plugins); the first match wins. With no match the capturing user owns the lead.
/// <code>builder.AddAssignmentRule(AssignmentRule.RoundRobin("dach_phones", "dach_sales") with { PhoneRegion = "DE" });</code>
/// </summary>
public sealed record AssignmentRule
{
    private AssignmentRule(string key, string? team, string? user)
    {
        if (!FieldDefinition.IsValidKey(key)) throw new ArgumentException($"Assignment rule key '{key}' must be snake_case.", nameof(key));
        Key = key;
        Team = team;
        User = user;
    }

    /// <summary>A rule handing leads in turn to the members of <paramref name="team"/>.</summary>
    public static AssignmentRule RoundRobin(string key, string team)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        return new AssignmentRule(key, team, null);
    }

    /// <summary>A rule handing leads to <paramref name="user"/>.</summary>
    public static AssignmentRule ToUser(string key, string user)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        return new AssignmentRule(key, null, user);
    }

    /// <summary>The key.</summary>
    public string Key { get; }
    /// <summary>The team whose members take turns, or null.</summary>
    public string? Team { get; }
    /// <summary>The user who gets every lead, or null.</summary>
    public string? User { get; }

    /// <summary>Only requests on this channel.</summary>
    public string? Channel { get; init; }
    /// <summary>Only requests with this source (any case).</summary>
    public string? Source { get; init; }
    /// <summary>Only phones of this region (ISO 3166, e.g. <c>DE</c>), read from the calling code.</summary>
    public string? PhoneRegion { get; init; }
    /// <summary>Only requests whose customer field <see cref="FieldKey"/> equals <see cref="FieldValue"/>.</summary>
    public string? FieldKey { get; init; }
    /// <summary>The value the field must have, as text.</summary>
    public string? FieldValue { get; init; }
}

/// <summary>Declaring assignment rules.</summary>
public static class AssignmentRuleDeclarations
{
    /// <summary>The declaration kind of assignment rules.</summary>
    public const string Kind = "assignment rule";

    /// <summary>Declares an assignment rule; rules are tried in the order declared.</summary>
    public static ICrmPluginBuilder AddAssignmentRule(this ICrmPluginBuilder builder, AssignmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        return builder.Declare(Kind, rule.Key, rule);
    }
}
