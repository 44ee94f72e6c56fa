using Crm.Framework.Customers;
using Crm.Framework.Fields;

namespace Crm.Framework.Cases;

/// <summary>
/// A service-level agreement: first-response and resolution targets per priority, in business hours, for the
/// cases it applies to (a case type and/or a customer segment), and who takes a case that misses a target.
/// Declared with <see cref="SlaDeclarations.AddSlaPolicy"/>; the first declared policy that applies wins,
/// <see cref="Standard"/> otherwise.
/// </summary>
public sealed record SlaPolicy
{
    /// <summary>Declares a policy.</summary>
    /// <param name="key">snake_case key, e.g. <c>vip</c>.</param>
    /// <param name="name">What people call it, e.g. <c>VIP customers</c>.</param>
    /// <param name="targets">The targets of every priority.</param>
    /// <exception cref="ArgumentException">The key is not snake_case, a priority has no targets, or a target is not positive or answers after it resolves.</exception>
    public SlaPolicy(string key, string name, IReadOnlyDictionary<CasePriority, SlaTargets> targets)
    {
        if (!FieldDefinition.IsValidKey(key)) throw new ArgumentException($"SLA policy key '{key}' must be snake_case.", nameof(key));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(targets);
        foreach (var priority in Enum.GetValues<CasePriority>())
        {
            if (!targets.TryGetValue(priority, out var t))
                throw new ArgumentException($"SLA policy '{key}' has no targets for priority '{priority}'; give all four.", nameof(targets));
            if (t.FirstResponse <= TimeSpan.Zero || t.Resolution < t.FirstResponse)
                throw new ArgumentException($"SLA policy '{key}' priority '{priority}': targets must be positive and the first response due before the resolution.", nameof(targets));
        }
        Key = key;
        Name = name;
        Targets = targets;
    }

    /// <summary>
    /// The kernel's policy, used when no declared policy applies: urgent 1h / 8h, high 4h / 24h, normal 8h / 3 business
    /// days, low 24h / 5 business days (first response / resolution, business time of <see cref="BusinessHours.Standard"/>,
    /// a business day being 9 hours); escalates to the case team's lead, else the owner's team lead.
    /// </summary>
    public static SlaPolicy Standard { get; } = new("standard", "Standard", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
        [CasePriority.High] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(3 * 9)),
        [CasePriority.Low] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(5 * 9)),
    });

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The targets per priority.</summary>
    public IReadOnlyDictionary<CasePriority, SlaTargets> Targets { get; }

    /// <summary>When SLA time runs. Default <see cref="BusinessHours.Standard"/>.</summary>
    public BusinessHours Hours { get; init; } = BusinessHours.Standard;

    /// <summary>The case types it applies to; empty (default): every type.</summary>
    public IReadOnlyList<CaseType> CaseTypes { get; init; } = [];

    /// <summary>The customers it applies to; null (default): every customer.</summary>
    public CustomerSegment? Segment { get; init; }

    /// <summary>The user who takes a case that misses a target; null (default): the lead of the case's team (or of <see cref="EscalationTeam"/>).</summary>
    public string? EscalateTo { get; init; }

    /// <summary>The team whose lead takes a missed case that has no team of its own; null: the owner's first team.</summary>
    public string? EscalationTeam { get; init; }

    /// <summary>True when the policy applies to a case of <paramref name="type"/> for <paramref name="customer"/>.</summary>
    public bool AppliesTo(CaseType type, Customer customer) =>
        (CaseTypes.Count == 0 || CaseTypes.Contains(type)) && (Segment is null || Segment.Contains(customer));
}
