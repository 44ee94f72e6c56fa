using Crm.Framework.Cases;

namespace Crm.Framework.Plugins;

/// <summary>The demo customer's service cases.</summary>
public sealed partial record DemoCustomer
{
    /// <summary>Service cases to open (and answer, resolve) for the customer.</summary>
    public IReadOnlyList<DemoCase> Cases { get; init; } = [];
}

/// <summary>A demo service case, opened <paramref name="OpenedHoursAgo"/> hours before seeding, so some may be overdue.</summary>
/// <param name="Type">The case type.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Subject">The subject.</param>
/// <param name="OpenedHoursAgo">How many hours before seeding the customer raised it.</param>
public sealed record DemoCase(CaseType Type, CasePriority Priority, string Subject, int OpenedHoursAgo)
{
    /// <summary>The channel it came in on. Default <c>phone</c>.</summary>
    public string Channel { get; init; } = "phone";
    /// <summary>A reply sent 30 minutes after opening, if any.</summary>
    public string? Response { get; init; }
    /// <summary>When set, the case is resolved at seeding with this CSAT score (1–5).</summary>
    public int? ResolvedWithCsat { get; init; }
    /// <summary>The team that takes the case (its least busy member owns it); default none.</summary>
    public string? Team { get; init; }
    /// <summary>The owner; default the team's least busy member, else the user seeding the demo.</summary>
    public string? Owner { get; init; }
}
