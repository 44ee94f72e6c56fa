using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Pipelines;

/// <summary>Checks the request names a deal and a stage and carries valid deal fields.</summary>
public sealed class MoveDealValidator(FieldRules fields) : IValidator<MoveDeal>
{
    /// <inheritdoc />
    public void Validate(MoveDeal request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.DealId)) errors.Add(new ValidationError("deal", null, "is required"));
        if (string.IsNullOrWhiteSpace(request.Stage)) errors.Add(new ValidationError("stage", null, "is required"));
        fields.Check(FieldTarget.Deal, request.Fields, creating: false, errors);
    }
}

/// <summary>Moves the deal if the funnel allows it; a won stage makes the customer a customer.</summary>
public sealed class MoveDealHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, FieldRules fields, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<MoveDeal, Deal>
{
    /// <inheritdoc />
    public Task<Deal> Handle(MoveDeal request, CancellationToken cancellationToken)
    {
        var before = store.GetDeal(request.DealId) ?? throw new NotFoundException("deal", request.DealId, "list deals with 'crm deals list'");
        if (request.ExpectedVersion is { } expected && expected != before.Version)
            throw new ConcurrencyConflictException(EntityKinds.Deal, before.Id, expected, before.Version);
        var funnel = schema.RequireFunnel(before.Funnel);
        var target = funnel.FindStage(request.Stage)
            ?? throw new NotFoundException("stage", request.Stage, $"funnel '{funnel.Key}' has: {string.Join(", ", funnel.Stages.Select(s => s.Key))}");
        var after = DealMoves.Apply(before, funnel, target, fields.Apply(FieldTarget.Deal, before.Fields, request.Fields, creating: false),
            request.Reason, store, work, schema, clock.GetUtcNow(), user.Name);
        return Task.FromResult(after);
    }
}
