using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Open activities whose reminder has come and was not delivered, or which are overdue and the owner not yet told.</summary>
public sealed class GetDueRemindersHandler(ICrmStore store, TimeProvider clock) : IRequestHandler<GetDueReminders, IReadOnlyList<DueReminder>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<DueReminder>> Handle(GetDueReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        RecordKey[] keys = [new("status", ActivityRecords.Text(ActivityStatus.Open)), .. request.Owner is { } owner ? [new RecordKey("owner", owner)] : Array.Empty<RecordKey>()];
        IReadOnlyList<DueReminder> due = store.FindRecords(ActivityRecords.Kind, keys)
            .Select(a => Reminder(a, now)).OfType<DueReminder>()
            .OrderBy(r => r.Activity.Due).ThenBy(r => r.Activity.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(due);
    }

    /// <summary>The reminder to deliver for <paramref name="activity"/> at <paramref name="now"/>, or null.</summary>
    public static DueReminder? Reminder(Activity activity, DateTimeOffset now)
    {
        if (activity.Status != ActivityStatus.Open || activity.Due is not { } due) return null;
        var remindAt = due - activity.ReminderLead;
        var overdue = due < now;
        var pending = (activity.RemindedAt is null && remindAt <= now) || (overdue && activity.OverdueNotifiedAt is null);
        return pending ? new DueReminder(activity, remindAt, overdue) : null;
    }
}
