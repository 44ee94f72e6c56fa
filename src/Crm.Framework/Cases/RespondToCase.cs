using Crm.Framework.Behaviors;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the case id, the message and the reply's channel.</summary>
public sealed class RespondToCaseValidator(CrmSchema schema) : IValidator<RespondToCase>
{
    /// <inheritdoc />
    public void Validate(RespondToCase request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.CaseId)) errors.Add(new ValidationError("case", null, "is required"));
        if (string.IsNullOrWhiteSpace(request.Message)) errors.Add(new ValidationError("message", null, "is required"));
        if (request.Channel is { } channel && schema.FindChannel(channel) is null)
            errors.Add(new ValidationError("channel", channel, $"is not a known channel; known channels: {string.Join(", ", schema.Channels.Select(c => c.Key).Order(StringComparer.Ordinal))}"));
    }
}

/// <summary>
/// Records the reply on the case (the first one meets — or, late, breaches — the first-response target; a new case
/// becomes open) and logs it as an outbound interaction on the customer's card, in the same unit of work.
/// </summary>
public sealed class RespondToCaseHandler(ICrmStore store, UnitOfWork work, IMediator mediator, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<RespondToCase, ServiceCase>
{
    /// <inheritdoc />
    public async Task<ServiceCase> Handle(RespondToCase request, CancellationToken cancellationToken)
    {
        var before = CaseRecords.Require(store, request.CaseId);
        if (before.Status == CaseStatus.Closed)
            throw new BusinessRuleException($"Case '{before.Id}' is closed; open a new case to take up the matter again.");
        var now = clock.GetUtcNow();
        var at = request.At ?? now;
        if (at > now) throw new CrmValidationException("at", at, "must not be in the future");
        if (at < before.OpenedAt) throw new CrmValidationException("at", at, $"must not be before the case was opened ({CaseSla.Format(before.OpenedAt)})");

        var message = request.Message.Trim();
        var after = before with
        {
            FirstRespondedAt = before.FirstRespondedAt ?? at,
            History = [.. before.History, new CaseStep(CaseStepKind.Responded, at, user.Name, message)],
        };
        if (before.FirstRespondedAt is null) after = CaseSla.RecordIfLate(after, SlaTarget.FirstResponse, before.FirstResponseDue, at, user.Name);
        if (before.Status == CaseStatus.New)
            after = after with
            {
                Status = CaseStatus.Open,
                History = [.. after.History, new CaseStep(CaseStepKind.StatusChanged, at, user.Name, "new → open")],
            };
        after = after with { UpdatedAt = now, Version = before.Version + 1 };
        work.Update(CaseRecords.Kind, before, after);

        await mediator.Send(new LogInteraction
        {
            CustomerId = before.CustomerId,
            Channel = request.Channel ?? before.Channel ?? Channels.Email.Key,
            Direction = InteractionDirection.Outbound,
            Subject = $"Case {before.Id}: {before.Subject}",
            Notes = message,
            OccurredAt = at,
            DealId = before.DealId,
        }, cancellationToken);
        return after;
    }
}
