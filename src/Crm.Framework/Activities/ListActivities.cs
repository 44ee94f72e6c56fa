using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Checks the limit and the due-soon window.</summary>
public sealed class ListActivitiesValidator : IValidator<ListActivities>
{
    /// <inheritdoc />
    public void Validate(ListActivities request, List<ValidationError> errors)
    {
        if (request.Limit is < 1 or > LimitValidators.MaxLimit) errors.Add(new ValidationError("limit", request.Limit, $"must be between 1 and {LimitValidators.MaxLimit}"));
        if (request.DueWithin <= TimeSpan.Zero) errors.Add(new ValidationError("due-soon", request.DueWithin, "must be a positive span such as 24h"));
        if (request.Overdue && request.DueWithin is not null) errors.Add(new ValidationError("overdue", true, "cannot be combined with due-soon; ask for one or the other"));
    }
}

/// <summary>Narrows by the lookup keys in the store, then by due time in .NET (ADR-007).</summary>
public sealed class ListActivitiesHandler(ICrmStore store, TimeProvider clock) : IRequestHandler<ListActivities, IReadOnlyList<Activity>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Activity>> Handle(ListActivities request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var status = request.Overdue || request.DueWithin is not null ? ActivityStatus.Open : request.Status;
        RecordKey[] keys =
        [
            new("owner", request.Owner), new("customer", request.CustomerId), new("deal", request.DealId), new("case", request.CaseId),
            new("status", status is { } s ? ActivityRecords.Text(s) : null), new("kind", request.Kind is { } k ? ActivityRecords.Text(k) : null),
        ];
        IEnumerable<Activity> found = store.FindRecords(ActivityRecords.Kind, keys.Where(k => k.Value is not null).ToArray());
        if (request.Overdue) found = found.Where(a => a.Due < now);
        if (request.DueWithin is { } within) found = found.Where(a => a.Due >= now && a.Due <= now + within);
        IReadOnlyList<Activity> list = found
            .OrderBy(a => a.Due is null).ThenBy(a => a.Due).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(request.Limit).ToList();
        return Task.FromResult(list);
    }
}
