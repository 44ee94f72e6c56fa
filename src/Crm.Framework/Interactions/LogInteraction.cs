using Crm.Framework.Customers;
using Crm.Framework.Behaviors;
using Crm.Framework.CallScripts;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Interactions;

/// <summary>Checks the channel is declared, the subject given and the fields valid.</summary>
public sealed class LogInteractionValidator(CrmSchema schema, FieldRules fields) : IValidator<LogInteraction>
{
    /// <inheritdoc />
    public void Validate(LogInteraction request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Subject)) errors.Add(new ValidationError("subject", null, "is required"));
        if (schema.FindChannel(request.Channel) is null)
            errors.Add(new ValidationError("channel", request.Channel,
                $"is not a known channel; known channels: {string.Join(", ", schema.Channels.Select(c => c.Key).Order(StringComparer.Ordinal))}"));
        schema.CheckCallScript(request.Script, errors);
        fields.Check(FieldTarget.Interaction, request.Fields, creating: true, errors);
    }
}

/// <summary>Logs the interaction on the customer's card (and deal).</summary>
public sealed class LogInteractionHandler(ICrmStore store, UnitOfWork work, FieldRules fields, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<LogInteraction, Interaction>
{
    /// <inheritdoc />
    public Task<Interaction> Handle(LogInteraction request, CancellationToken cancellationToken)
    {
        _ = store.RequireActiveCustomer(request.CustomerId);
        if (request.DealId is { } dealId)
        {
            var deal = store.GetDeal(dealId) ?? throw new NotFoundException("deal", dealId);
            if (deal.CustomerId != request.CustomerId)
                throw new BusinessRuleException($"Deal '{dealId}' belongs to customer '{deal.CustomerId}', not '{request.CustomerId}'; log the interaction on that customer.");
        }
        var now = clock.GetUtcNow();
        var interaction = new Interaction
        {
            Id = ids.New(CrmIds.Interaction),
            CustomerId = request.CustomerId,
            Channel = request.Channel,
            Direction = request.Direction,
            OccurredAt = request.OccurredAt ?? now,
            Subject = request.Subject.Trim(),
            Notes = request.Notes,
            Outcome = request.Outcome,
            DealId = request.DealId,
            Script = request.Script,
            LoggedBy = user.Name,
            Fields = fields.Apply(FieldTarget.Interaction, FieldValues.Empty, request.Fields, creating: true),
            Version = 1,
        };
        work.Insert(EntityKinds.Interaction, interaction.Id, interaction);
        work.Raise(new InteractionLogged(interaction, now));
        return Task.FromResult(interaction);
    }
}
