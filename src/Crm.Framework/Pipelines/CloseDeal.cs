using Crm.Framework.Behaviors;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Pipelines;

/// <summary>A lost deal needs a reason; fields must be valid.</summary>
public sealed class CloseDealValidator(FieldRules fields) : IValidator<CloseDeal>
{
    /// <inheritdoc />
    public void Validate(CloseDeal request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.DealId)) errors.Add(new ValidationError("deal", null, "is required"));
        if (!request.Won && string.IsNullOrWhiteSpace(request.Reason))
            errors.Add(new ValidationError("reason", null, "is required when a deal is lost; say why (e.g. --reason \"chose a competitor\")"));
        fields.Check(FieldTarget.Deal, request.Fields, creating: false, errors);
    }
}

/// <summary>Finds the funnel's won or lost stage and moves the deal there under the same rules as any move.</summary>
public sealed class CloseDealHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, FieldRules fields, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<CloseDeal, Deal>
{
    /// <inheritdoc />
    public Task<Deal> Handle(CloseDeal request, CancellationToken cancellationToken)
    {
        var before = store.GetDeal(request.DealId) ?? throw new NotFoundException("deal", request.DealId, "list deals with 'crm deals list'");
        var funnel = schema.RequireFunnel(before.Funnel);
        // A closed deal has no reachable stage; say so before the choice of stage could be blamed.
        var current = DealRules.OpenStage(before, funnel);
        var kind = request.Won ? StageKind.Won : StageKind.Lost;
        var word = kind.ToString().ToLowerInvariant();
        var candidates = funnel.Stages.Where(s => s.Kind == kind).ToList();
        StageDefinition target;
        if (request.Stage is { } key)
        {
            target = candidates.FirstOrDefault(s => s.Key == key)
                ?? throw new NotFoundException($"{word} stage", key, $"funnel '{funnel.Key}' has: {string.Join(", ", candidates.Select(s => s.Key))}");
        }
        else
        {
            var reachable = candidates.Where(s => current.Allows(s.Key)).ToList();
            target = (reachable.Count == 1 ? reachable[0] : candidates.Count == 1 ? candidates[0] : null)
                ?? throw new BusinessRuleException(candidates.Count == 0
                    ? $"Funnel '{funnel.Key}' has no {word} stage."
                    : $"Funnel '{funnel.Key}' has several {word} stages ({string.Join(", ", candidates.Select(s => s.Key))}); say which with --stage.");
        }
        var after = DealMoves.Apply(before, funnel, target, fields.Apply(FieldTarget.Deal, before.Fields, request.Fields, creating: false),
            request.Reason, store, work, schema, clock.GetUtcNow(), user.Name);
        return Task.FromResult(after);
    }
}
