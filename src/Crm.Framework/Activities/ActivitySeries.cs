using Crm.Framework.Storage;

namespace Crm.Framework.Activities;

/// <summary>
/// Recurring activities are kept one open occurrence at a time: completing or cancelling an occurrence
/// schedules the next one as a new activity of the same series (see docs/activities.md).
/// </summary>
public sealed class ActivitySeries(UnitOfWork work, CrmIds ids, ICurrentUser user)
{
    /// <summary>Schedules the occurrence after <paramref name="ended"/>, if the series goes on; returns its id.</summary>
    public string? ScheduleNext(Activity ended, DateTimeOffset now)
    {
        if (Recurrences.NextOf(ended) is not var (occurrence, due)) return null;
        var next = ended with
        {
            Id = ids.New(ActivityRecords.IdPrefix),
            Due = due,
            Occurrence = occurrence,
            Status = ActivityStatus.Open,
            NextOccurrenceId = null, RemindedAt = null, OverdueNotifiedAt = null,
            CompletedAt = null, CompletedBy = null, Outcome = null, CompletionNotes = null, Script = null, InteractionId = null,
            CancelledAt = null, CancelledBy = null, CancelReason = null,
            CreatedAt = now, CreatedBy = user.Name, UpdatedAt = now, Version = 1,
        };
        work.Insert(ActivityRecords.Kind, next);
        work.Raise(new ActivityScheduled(next, now));
        return next.Id;
    }

    /// <summary>The activity, or a <see cref="NotFoundException"/>.</summary>
    public static Activity Require(ICrmStore store, string id) =>
        store.GetRecord(ActivityRecords.Kind, id) ?? throw new NotFoundException("activity", id, "see 'crm tasks list --all'");

    /// <summary>The activity if it is open, else a <see cref="BusinessRuleException"/> saying what became of it.</summary>
    public static Activity RequireOpen(ICrmStore store, string id, string doing)
    {
        var activity = Require(store, id);
        return activity.Status switch
        {
            ActivityStatus.Done => throw new BusinessRuleException($"Activity '{id}' is already done; it cannot be {doing}. Schedule a new one instead."),
            ActivityStatus.Cancelled => throw new BusinessRuleException($"Activity '{id}' was cancelled; it cannot be {doing}. Schedule a new one instead."),
            _ => activity,
        };
    }
}
