using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Cancels the activity; a recurring series goes on with its next occurrence unless the whole series is cancelled.</summary>
public sealed class CancelActivityHandler(ICrmStore store, UnitOfWork work, ActivitySeries series, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<CancelActivity, Activity>
{
    /// <inheritdoc />
    public Task<Activity> Handle(CancelActivity request, CancellationToken cancellationToken)
    {
        var before = ActivitySeries.RequireOpen(store, request.ActivityId, "cancelled");
        var now = clock.GetUtcNow();
        var cancelled = before with
        {
            Status = ActivityStatus.Cancelled,
            CancelledAt = now,
            CancelledBy = user.Name,
            CancelReason = request.Reason,
            UpdatedAt = now,
            Version = before.Version + 1,
        };
        if (!request.WholeSeries) cancelled = cancelled with { NextOccurrenceId = series.ScheduleNext(cancelled, now) };
        work.Update(ActivityRecords.Kind, before, cancelled);
        work.Raise(new ActivityCancelled(cancelled, now));
        return Task.FromResult(cancelled);
    }
}
