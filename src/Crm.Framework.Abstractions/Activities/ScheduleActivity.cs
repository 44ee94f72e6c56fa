namespace Crm.Framework.Activities;

/// <summary>Puts a call, meeting, task or follow-up in someone's calendar. Returns the scheduled activity.</summary>
public sealed record ScheduleActivity : ICrmCommand<Activity>
{
    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }
    /// <summary>Call, meeting, task (default) or follow-up.</summary>
    public ActivityKind Kind { get; init; } = ActivityKind.Task;
    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }
    /// <summary>Who is to do it; default: the current user.</summary>
    public string? Owner { get; init; }
    /// <summary>When it is due (start); required for a recurring activity.</summary>
    public DateTimeOffset? Due { get; init; }
    /// <summary>How long it takes; must not be negative.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>Where it takes place.</summary>
    public string? Location { get; init; }
    /// <summary>The customer it concerns; must exist.</summary>
    public string? CustomerId { get; init; }
    /// <summary>The deal it concerns; must exist and belong to the customer (the customer is taken from the deal when not given).</summary>
    public string? DealId { get; init; }
    /// <summary>The service case it concerns.</summary>
    public string? CaseId { get; init; }
    /// <summary>How urgent it is.</summary>
    public ActivityPriority? Priority { get; init; }
    /// <summary>How it repeats; null (default) when it does not.</summary>
    public Recurrence? Recurrence { get; init; }
    /// <summary>How long before the due time to remind the owner; default 15 minutes.</summary>
    public TimeSpan? ReminderLead { get; init; }
}
