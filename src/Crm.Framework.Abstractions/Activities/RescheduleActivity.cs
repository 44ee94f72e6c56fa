namespace Crm.Framework.Activities;

/// <summary>
/// Changes an open activity: its subject, notes, owner, time, length, place, priority or reminder. Only what is
/// given changes. A new due time re-arms the reminder. Returns the changed activity.
/// </summary>
public sealed record RescheduleActivity : ICrmCommand<Activity>
{
    /// <summary>The activity.</summary>
    public required string ActivityId { get; init; }
    /// <summary>A new subject.</summary>
    public string? Subject { get; init; }
    /// <summary>New notes.</summary>
    public string? Notes { get; init; }
    /// <summary>A new owner.</summary>
    public string? Owner { get; init; }
    /// <summary>A new due time.</summary>
    public DateTimeOffset? Due { get; init; }
    /// <summary>A new length; must not be negative.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>A new place.</summary>
    public string? Location { get; init; }
    /// <summary>A new priority.</summary>
    public ActivityPriority? Priority { get; init; }
    /// <summary>A new reminder lead; must not be negative.</summary>
    public TimeSpan? ReminderLead { get; init; }
}
