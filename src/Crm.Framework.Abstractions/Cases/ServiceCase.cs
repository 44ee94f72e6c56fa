namespace Crm.Framework.Cases;

/// <summary>
/// A service case: a complaint, request, incident or warranty claim of a customer, worked on by an owner
/// against the deadlines of an SLA policy, with its whole history on the record.
/// </summary>
public sealed record ServiceCase
{
    /// <summary>The id, e.g. <c>CS-7KQ2M9XH4T</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>Complaint, request, incident or warranty claim.</summary>
    public CaseType Type { get; init; }
    /// <summary>How urgent.</summary>
    public CasePriority Priority { get; init; }
    /// <summary>Where the case is.</summary>
    public CaseStatus Status { get; init; }
    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }
    /// <summary>What the customer reported.</summary>
    public string? Description { get; init; }
    /// <summary>The channel it came in on, e.g. <c>phone</c>.</summary>
    public string? Channel { get; init; }
    /// <summary>The user working on it.</summary>
    public required string Owner { get; init; }
    /// <summary>The team it belongs to, if any.</summary>
    public string? Team { get; init; }
    /// <summary>The deal it concerns (of the same customer).</summary>
    public string? DealId { get; init; }
    /// <summary>The order it concerns.</summary>
    public string? OrderId { get; init; }
    /// <summary>The key of the SLA policy whose targets apply.</summary>
    public required string SlaPolicy { get; init; }
    /// <summary>When the customer raised it (the SLA clock starts here).</summary>
    public DateTimeOffset OpenedAt { get; init; }
    /// <summary>When the first reply is due.</summary>
    public DateTimeOffset FirstResponseDue { get; init; }
    /// <summary>When the case must be resolved; moved later by the business time spent waiting on the customer.</summary>
    public DateTimeOffset ResolutionDue { get; init; }
    /// <summary>When the customer first got a reply.</summary>
    public DateTimeOffset? FirstRespondedAt { get; init; }
    /// <summary>Since when the case waits on the customer (the resolution clock is paused).</summary>
    public DateTimeOffset? WaitingSince { get; init; }
    /// <summary>When it was (last) resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>How it was resolved.</summary>
    public string? Resolution { get; init; }
    /// <summary>The customer's satisfaction, captured on resolving or closing.</summary>
    public CaseSatisfaction? Satisfaction { get; init; }
    /// <summary>How many times it was escalated.</summary>
    public int EscalationLevel { get; init; }
    /// <summary>The SLA targets already missed (each recorded and escalated once).</summary>
    public IReadOnlyList<SlaTarget> Breaches { get; init; } = [];
    /// <summary>Every step, oldest first.</summary>
    public IReadOnlyList<CaseStep> History { get; init; } = [];
    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic concurrency version: 1 after open, +1 per change.</summary>
    public long Version { get; init; }

    /// <summary>True until the case is resolved or closed: its SLA clocks run.</summary>
    public bool IsActive => Status is not (CaseStatus.Resolved or CaseStatus.Closed);
}
