using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the limit.</summary>
public sealed class ListCasesValidator : IValidator<ListCases>
{
    /// <inheritdoc />
    public void Validate(ListCases request, List<ValidationError> errors)
    {
        if (request.Limit is < 1 or > LimitValidators.MaxLimit)
            errors.Add(new ValidationError("limit", request.Limit, $"must be between 1 and {LimitValidators.MaxLimit}"));
    }
}

/// <summary>Finds the cases by their lookup keys, then filters breaches and orders by the next deadline (active first), newest after.</summary>
public sealed class ListCasesHandler(ICrmStore store, TimeProvider clock) : IRequestHandler<ListCases, IReadOnlyList<ServiceCase>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ServiceCase>> Handle(ListCases request, CancellationToken cancellationToken)
    {
        var keys = new List<RecordKey>();
        if (request.Status is { } status) keys.Add(new RecordKey("status", CaseLifecycle.Name(status)));
        if (!string.IsNullOrWhiteSpace(request.Owner)) keys.Add(new RecordKey("owner", request.Owner.Trim()));
        if (!string.IsNullOrWhiteSpace(request.CustomerId)) keys.Add(new RecordKey("customer", request.CustomerId.Trim()));
        if (!string.IsNullOrWhiteSpace(request.Team)) keys.Add(new RecordKey("team", request.Team.Trim()));
        var now = clock.GetUtcNow();
        IReadOnlyList<ServiceCase> cases = store.FindRecords(CaseRecords.Kind, [.. keys])
            .Where(c => !request.Breached || c.Breaches.Count > 0 || CaseSla.Pending(c, now).Any(a => a.Breached))
            .OrderBy(c => CaseSla.Pending(c, now).Select(a => a.Due).DefaultIfEmpty(DateTimeOffset.MaxValue).Min())
            .ThenByDescending(c => c.OpenedAt)
            .Take(request.Limit)
            .ToList();
        return Task.FromResult(cases);
    }
}
