namespace Crm.Framework.Activities;

/// <summary>
/// What to remind people of now: open activities whose reminder time (due minus reminder lead) has come and
/// whose reminder was not delivered yet, and overdue ones the owner was not yet told about. A host delivers
/// them and then sends <see cref="AcknowledgeReminders"/> so they are not delivered twice.
/// </summary>
public sealed record GetDueReminders : ICrmQuery<IReadOnlyList<DueReminder>>
{
    /// <summary>Only this user's; null for everyone's.</summary>
    public string? Owner { get; init; }
}

/// <summary>A reminder to deliver.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="RemindAt">When the reminder became due.</param>
/// <param name="Overdue">True when the due time has passed.</param>
public sealed record DueReminder(Activity Activity, DateTimeOffset RemindAt, bool Overdue);
