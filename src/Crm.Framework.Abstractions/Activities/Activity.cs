namespace Crm.Framework.Activities;

/// <summary>
/// A call, meeting, task or follow-up in someone's calendar, optionally about a customer, a deal or a case.
/// A recurring activity is one occurrence of a series: completing or cancelling it schedules the next one.
/// </summary>
public sealed record Activity
{
    /// <summary>The id, e.g. <c>ACT-...</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Call, meeting, task or follow-up.</summary>
    public ActivityKind Kind { get; init; }
    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }
    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }
    /// <summary>The user who is to do it.</summary>
    public required string Owner { get; init; }
    /// <summary>When it is due (a meeting's or call's start); null for a task without a date.</summary>
    public DateTimeOffset? Due { get; init; }
    /// <summary>How long it takes (meetings and calls); null when it has no length.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>Where it takes place.</summary>
    public string? Location { get; init; }
    /// <summary>The customer it concerns.</summary>
    public string? CustomerId { get; init; }
    /// <summary>The deal it concerns; it belongs to <see cref="CustomerId"/>.</summary>
    public string? DealId { get; init; }
    /// <summary>The service case it concerns.</summary>
    public string? CaseId { get; init; }
    /// <summary>How urgent it is, if said.</summary>
    public ActivityPriority? Priority { get; init; }
    /// <summary>How it repeats; null when it does not.</summary>
    public Recurrence? Recurrence { get; init; }
    /// <summary>The id of the series' first occurrence (its own id for the first one); null when it does not repeat.</summary>
    public string? SeriesId { get; init; }
    /// <summary>The due time of the series' first occurrence, which later occurrences are counted from.</summary>
    public DateTimeOffset? SeriesStart { get; init; }
    /// <summary>Which occurrence of its series this is, from 1.</summary>
    public int Occurrence { get; init; } = 1;
    /// <summary>The next occurrence scheduled when this one was completed or cancelled.</summary>
    public string? NextOccurrenceId { get; init; }
    /// <summary>How long before <see cref="Due"/> the owner is reminded. Default 15 minutes.</summary>
    public TimeSpan ReminderLead { get; init; } = TimeSpan.FromMinutes(15);
    /// <summary>When the reminder was delivered; null until then.</summary>
    public DateTimeOffset? RemindedAt { get; init; }
    /// <summary>When the owner was told it is overdue; null until then.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; init; }
    /// <summary>Open, done or cancelled.</summary>
    public ActivityStatus Status { get; init; }
    /// <summary>When it was done.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Who did it.</summary>
    public string? CompletedBy { get; init; }
    /// <summary>The result, e.g. <c>agreed to a meeting</c>.</summary>
    public string? Outcome { get; init; }
    /// <summary>Notes written on completion.</summary>
    public string? CompletionNotes { get; init; }
    /// <summary>The call script used, if any.</summary>
    public string? Script { get; init; }
    /// <summary>The interaction logged on the customer's card when the call or meeting was done.</summary>
    public string? InteractionId { get; init; }
    /// <summary>When it was cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; init; }
    /// <summary>Who cancelled it.</summary>
    public string? CancelledBy { get; init; }
    /// <summary>Why it was cancelled.</summary>
    public string? CancelReason { get; init; }
    /// <summary>When it was scheduled.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Who scheduled it.</summary>
    public string? CreatedBy { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic concurrency version: 1 when scheduled, +1 per change.</summary>
    public long Version { get; init; }
}
