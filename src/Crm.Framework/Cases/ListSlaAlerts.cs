using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the window is not negative.</summary>
public sealed class ListSlaAlertsValidator : IValidator<ListSlaAlerts>
{
    /// <inheritdoc />
    public void Validate(ListSlaAlerts request, List<ValidationError> errors)
    {
        if (request.Within < TimeSpan.Zero) errors.Add(new ValidationError("within", request.Within, "must not be negative"));
    }
}

/// <summary>Checks every active case's pending targets against the clock.</summary>
public sealed class ListSlaAlertsHandler(ICrmStore store, TimeProvider clock) : IRequestHandler<ListSlaAlerts, IReadOnlyList<SlaAlert>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<SlaAlert>> Handle(ListSlaAlerts request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<SlaAlert> alerts = CaseRecords.Active(store)
            .SelectMany(c => CaseSla.Pending(c, now))
            .Where(a => a.Left <= request.Within)
            .OrderBy(a => a.Left)
            .ThenBy(a => a.Case.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(alerts);
    }
}
