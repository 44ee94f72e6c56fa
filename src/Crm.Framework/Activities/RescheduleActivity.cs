using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Checks the subject, owner and lengths given.</summary>
public sealed class RescheduleActivityValidator : IValidator<RescheduleActivity>
{
    /// <inheritdoc />
    public void Validate(RescheduleActivity request, List<ValidationError> errors)
    {
        if (request.Subject is { } subject && string.IsNullOrWhiteSpace(subject)) errors.Add(new ValidationError("subject", subject, "must not be empty"));
        if (request.Owner is { } owner && string.IsNullOrWhiteSpace(owner)) errors.Add(new ValidationError("owner", owner, "must be a user name"));
        if (request.Duration < TimeSpan.Zero) errors.Add(new ValidationError("duration", request.Duration, "must not be negative"));
        if (request.ReminderLead < TimeSpan.Zero) errors.Add(new ValidationError("remind", request.ReminderLead, "must not be negative"));
    }
}

/// <summary>Changes what was given; a new due time or reminder lead re-arms the reminder.</summary>
public sealed class RescheduleActivityHandler(ICrmStore store, UnitOfWork work, TimeProvider clock) : IRequestHandler<RescheduleActivity, Activity>
{
    /// <inheritdoc />
    public Task<Activity> Handle(RescheduleActivity request, CancellationToken cancellationToken)
    {
        var before = ActivitySeries.RequireOpen(store, request.ActivityId, "rescheduled");
        var rearm = (request.Due is { } due && due != before.Due) || (request.ReminderLead is { } lead && lead != before.ReminderLead);
        var after = before with
        {
            Subject = request.Subject?.Trim() ?? before.Subject,
            Notes = request.Notes ?? before.Notes,
            Owner = request.Owner?.Trim() ?? before.Owner,
            Due = request.Due ?? before.Due,
            Duration = request.Duration ?? before.Duration,
            Location = request.Location ?? before.Location,
            Priority = request.Priority ?? before.Priority,
            ReminderLead = request.ReminderLead ?? before.ReminderLead,
            RemindedAt = rearm ? null : before.RemindedAt,
            OverdueNotifiedAt = rearm ? null : before.OverdueNotifiedAt,
            UpdatedAt = clock.GetUtcNow(),
            Version = before.Version + 1,
        };
        if (after == before with { UpdatedAt = after.UpdatedAt, Version = after.Version })
            throw new CrmValidationException("activity", request.ActivityId, "has nothing to change; give a new due time, subject, owner, duration, location, priority or reminder");
        work.Update(ActivityRecords.Kind, before, after);
        return Task.FromResult(after);
    }
}
