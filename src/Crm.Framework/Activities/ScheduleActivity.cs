using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Checks the subject, the lengths and the recurrence.</summary>
public sealed class ScheduleActivityValidator : IValidator<ScheduleActivity>
{
    /// <inheritdoc />
    public void Validate(ScheduleActivity request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Subject)) errors.Add(new ValidationError("subject", null, "is required"));
        if (request.Owner is { } owner && string.IsNullOrWhiteSpace(owner)) errors.Add(new ValidationError("owner", owner, "must be a user name"));
        if (request.Duration < TimeSpan.Zero) errors.Add(new ValidationError("duration", request.Duration, "must not be negative"));
        if (request.ReminderLead < TimeSpan.Zero) errors.Add(new ValidationError("remind", request.ReminderLead, "must not be negative"));
        if (request.Recurrence is { } recurrence)
        {
            if (request.Due is null) errors.Add(new ValidationError("due", null, "is required for a recurring activity; the first occurrence needs a date"));
            if (recurrence.Interval < 1) errors.Add(new ValidationError("every", recurrence.Interval, "must be 1 or more"));
            if (recurrence.Count < 1) errors.Add(new ValidationError("count", recurrence.Count, "must be 1 or more"));
            if (recurrence.Until is { } until && request.Due is { } due && until < DateOnly.FromDateTime(due.UtcDateTime))
                errors.Add(new ValidationError("until", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "must not be before the first occurrence"));
        }
    }
}

/// <summary>Schedules the activity for its owner (default: the current user); a recurring one starts its series.</summary>
public sealed class ScheduleActivityHandler(ActivityLinks links, UnitOfWork work, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<ScheduleActivity, Activity>
{
    /// <inheritdoc />
    public Task<Activity> Handle(ScheduleActivity request, CancellationToken cancellationToken)
    {
        var customerId = links.Resolve(request.CustomerId, request.DealId, request.CaseId);
        var now = clock.GetUtcNow();
        var id = ids.New(ActivityRecords.IdPrefix);
        var activity = new Activity
        {
            Id = id,
            Kind = request.Kind,
            Subject = request.Subject.Trim(),
            Notes = request.Notes,
            Owner = request.Owner?.Trim() ?? user.Name,
            Due = request.Due,
            Duration = request.Duration,
            Location = request.Location,
            CustomerId = customerId,
            DealId = request.DealId,
            CaseId = request.CaseId,
            Priority = request.Priority,
            Recurrence = request.Recurrence,
            SeriesId = request.Recurrence is null ? null : id,
            SeriesStart = request.Recurrence is null ? null : request.Due,
            ReminderLead = request.ReminderLead ?? TimeSpan.FromMinutes(15),
            Status = ActivityStatus.Open,
            CreatedAt = now,
            CreatedBy = user.Name,
            UpdatedAt = now,
            Version = 1,
        };
        work.Insert(ActivityRecords.Kind, activity);
        work.Raise(new ActivityScheduled(activity, now));
        return Task.FromResult(activity);
    }
}
