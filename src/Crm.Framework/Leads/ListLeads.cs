using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Leads;

/// <summary>Checks the limit.</summary>
public sealed class ListLeadsValidator : IValidator<ListLeads>
{
    /// <inheritdoc />
    public void Validate(ListLeads request, List<ValidationError> errors)
    {
        if (request.Limit is < 1 or > 10_000) errors.Add(new ValidationError("limit", request.Limit, "must be between 1 and 10000"));
    }
}

/// <summary>Reads the lead-stage customers, newest first, each with the request that created it.</summary>
public sealed class ListLeadsHandler(ICrmStore store) : IRequestHandler<ListLeads, IReadOnlyList<LeadSummary>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<LeadSummary>> Handle(ListLeads request, CancellationToken cancellationToken)
    {
        var leads = store.FindCustomers(new CustomerQuery { Lifecycle = LifecycleStage.Lead, Limit = int.MaxValue })
            .Where(c => request.Owner is null || string.Equals(c.Owner, request.Owner.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(request.Limit)
            .Select(c =>
            {
                var origin = store.FindRecords(LeadRecords.Requests, new RecordKey("customer", c.Id))
                    .Where(r => r.Outcome == LeadOutcome.Created).MinBy(r => r.CapturedAt);
                return new LeadSummary(c, origin?.Channel, origin?.Source);
            })
            .ToList();
        return Task.FromResult<IReadOnlyList<LeadSummary>>(leads);
    }
}
