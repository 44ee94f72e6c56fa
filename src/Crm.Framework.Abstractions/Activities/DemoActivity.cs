using Crm.Framework.Activities;

namespace Crm.Framework.Plugins;

public sealed partial record DemoCustomer
{
    /// <summary>Activities to schedule for the customer (owned by the customer's owner, else the seeding user).</summary>
    public IReadOnlyList<DemoActivity> Activities { get; init; } = [];
}

/// <summary>A demo activity about a customer.</summary>
/// <param name="Kind">Call, meeting, task or follow-up.</param>
/// <param name="Subject">Subject.</param>
public sealed record DemoActivity(ActivityKind Kind, string Subject)
{
    /// <summary>Due this many days from seeding (negative: in the past); null with <see cref="DueInHours"/> null for no due time.</summary>
    public int? DueInDays { get; init; }
    /// <summary>Due this many hours from seeding, added to <see cref="DueInDays"/>.</summary>
    public int? DueInHours { get; init; }
    /// <summary>How long it takes.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>How it repeats.</summary>
    public Recurrence? Repeat { get; init; }
    /// <summary>True to mark it done right after scheduling.</summary>
    public bool Done { get; init; }
    /// <summary>The outcome when <see cref="Done"/>.</summary>
    public string? Outcome { get; init; }
}
