using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Checks at least one activity is named, each once.</summary>
public sealed class AcknowledgeRemindersValidator : IValidator<AcknowledgeReminders>
{
    /// <inheritdoc />
    public void Validate(AcknowledgeReminders request, List<ValidationError> errors)
    {
        if (request.ActivityIds.Count == 0) errors.Add(new ValidationError("activities", null, "must name at least one activity"));
        if (request.ActivityIds.Distinct(StringComparer.Ordinal).Count() != request.ActivityIds.Count)
            errors.Add(new ValidationError("activities", string.Join(", ", request.ActivityIds), "must name each activity once"));
    }
}

/// <summary>Records the delivery on each activity; an overdue one also raises <see cref="ActivityOverdue"/> once.</summary>
public sealed class AcknowledgeRemindersHandler(ICrmStore store, UnitOfWork work, TimeProvider clock) : IRequestHandler<AcknowledgeReminders, IReadOnlyList<Activity>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Activity>> Handle(AcknowledgeReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = new List<Activity>();
        foreach (var id in request.ActivityIds)
        {
            var before = ActivitySeries.RequireOpen(store, id, "reminded of");
            var overdue = before.Due < now;
            var after = before with
            {
                RemindedAt = before.RemindedAt ?? now,
                OverdueNotifiedAt = overdue ? before.OverdueNotifiedAt ?? now : before.OverdueNotifiedAt,
                UpdatedAt = now,
                Version = before.Version + 1,
            };
            work.Update(ActivityRecords.Kind, before, after);
            if (overdue && before.OverdueNotifiedAt is null) work.Raise(new ActivityOverdue(after, now));
            changed.Add(after);
        }
        return Task.FromResult<IReadOnlyList<Activity>>(changed);
    }
}
