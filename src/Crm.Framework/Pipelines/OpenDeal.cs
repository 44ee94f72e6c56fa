using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Pipelines;

/// <summary>Checks the funnel exists, the title and amount make sense and the deal fields are valid.</summary>
public sealed class OpenDealValidator(CrmSchema schema, FieldRules fields) : IValidator<OpenDeal>
{
    /// <inheritdoc />
    public void Validate(OpenDeal request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Title)) errors.Add(new ValidationError("title", null, "is required"));
        if (request.Amount.Amount < 0) errors.Add(new ValidationError("amount", request.Amount, "must not be negative"));
        if (!Money.IsCurrencyCode(request.Amount.Currency))
            errors.Add(new ValidationError("currency", request.Amount.Currency, "must be a three-letter ISO 4217 code such as EUR or USD"));
        if (schema.FindFunnel(request.Funnel) is null)
            errors.Add(new ValidationError("funnel", request.Funnel, $"is not a known funnel; known funnels: {string.Join(", ", schema.Funnels.Select(f => f.Key))}"));
        fields.Check(FieldTarget.Deal, request.Fields, creating: true, errors);
    }
}

/// <summary>Opens the deal at the funnel's start stage; a lead becomes a prospect.</summary>
public sealed class OpenDealHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, FieldRules fields, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<OpenDeal, Deal>
{
    /// <inheritdoc />
    public Task<Deal> Handle(OpenDeal request, CancellationToken cancellationToken)
    {
        var customer = store.RequireActiveCustomer(request.CustomerId);
        var funnel = schema.RequireFunnel(request.Funnel);
        var now = clock.GetUtcNow();
        var dealFields = fields.Apply(FieldTarget.Deal, FieldValues.Empty, request.Fields, creating: true);
        DealRules.RequireFields(funnel, funnel.Start, dealFields, schema);
        var deal = new Deal
        {
            Id = ids.New(CrmIds.Deal),
            CustomerId = customer.Id,
            Funnel = funnel.Key,
            Title = request.Title.Trim(),
            Stage = funnel.Start.Key,
            Status = DealStatus.Open,
            Amount = Money.Of(request.Amount.Amount, request.Amount.Currency),
            Owner = string.IsNullOrWhiteSpace(request.Owner) ? customer.Owner ?? user.Name : request.Owner.Trim(),
            ExpectedClose = request.ExpectedClose,
            History = [new StageChange(null, funnel.Start.Key, now, user.Name)],
            Fields = dealFields,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        work.Insert(EntityKinds.Deal, deal.Id, deal);
        work.Raise(new DealOpened(deal, now));
        DealRules.PromoteCustomer(customer, LifecycleStage.Prospect, work, now);
        return Task.FromResult(deal);
    }
}
