namespace Crm.Framework.Activities;

/// <summary>
/// Marks the reminders of these activities delivered (and, for overdue ones, the owner told), so
/// <see cref="GetDueReminders"/> does not return them again. Returns the activities as changed.
/// </summary>
/// <param name="ActivityIds">The activities whose reminders were delivered.</param>
public sealed record AcknowledgeReminders(IReadOnlyList<string> ActivityIds) : ICrmCommand<IReadOnlyList<Activity>>;
