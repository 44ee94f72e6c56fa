using Crm.Framework.Fields;
using Crm.Framework.Plugins;

namespace Crm.Framework.Teams;

/// <summary>
/// A team of users: who new leads are shared among, whose agenda is shown together, and who takes an
/// escalated case. Declared by the application (or a plugin, for its demo) with <see cref="TeamDeclarations.AddTeam"/>.
/// </summary>
public sealed record TeamDefinition
{
    /// <summary>Declares a team.</summary>
    /// <param name="key">snake_case key, e.g. <c>retail_sales</c>.</param>
    /// <param name="name">What people call it, e.g. <c>Retail sales</c>.</param>
    /// <param name="members">User names, at least one, each once.</param>
    /// <exception cref="ArgumentException">The key is not snake_case, or the members are empty or repeated.</exception>
    public TeamDefinition(string key, string name, IReadOnlyList<string> members)
    {
        if (!FieldDefinition.IsValidKey(key)) throw new ArgumentException($"Team key '{key}' must be snake_case.", nameof(key));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0 || members.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException($"Team '{key}' needs at least one member, each a user name.", nameof(members));
        if (members.Distinct(StringComparer.OrdinalIgnoreCase).Count() != members.Count)
            throw new ArgumentException($"Team '{key}' lists a member twice.", nameof(members));
        Key = key;
        Name = name;
        Members = members;
    }

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The members' user names, in rotation order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The team lead, who takes what is escalated to the team; default: the first member.</summary>
    public string? Lead { get; init; }

    /// <summary>The lead, or the first member when none is named.</summary>
    public string EscalatesTo => Lead ?? Members[0];
}

/// <summary>Declaring teams.</summary>
public static class TeamDeclarations
{
    /// <summary>The declaration kind of teams.</summary>
    public const string Kind = "team";

    /// <summary>Declares a team.</summary>
    public static ICrmPluginBuilder AddTeam(this ICrmPluginBuilder builder, TeamDefinition team)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(team);
        return builder.Declare(Kind, team.Key, team);
    }
}
