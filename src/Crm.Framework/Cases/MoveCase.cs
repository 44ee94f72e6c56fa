using Crm.Framework.Behaviors;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the case id, the status, and that a resolution and satisfaction come only where they belong.</summary>
public sealed class MoveCaseValidator : IValidator<MoveCase>
{
    /// <inheritdoc />
    public void Validate(MoveCase request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.CaseId)) errors.Add(new ValidationError("case", null, "is required"));
        if (!Enum.IsDefined(request.Status)) errors.Add(new ValidationError("status", request.Status, "is not a case status"));
        if (request.Resolution is not null && request.Status != CaseStatus.Resolved)
            errors.Add(new ValidationError("resolution", request.Resolution, "can only be given when resolving"));
        if (request.Satisfaction is { } csat)
        {
            if (request.Status is not (CaseStatus.Resolved or CaseStatus.Closed))
                errors.Add(new ValidationError("csat", csat.Score, "can only be captured when resolving or closing"));
            else if (!CaseSatisfaction.IsScore(csat.Score))
                errors.Add(new ValidationError("csat", csat.Score, "must be between 1 and 5"));
        }
    }
}

/// <summary>
/// Moves the case if the lifecycle allows it. Waiting on the customer pauses the resolution clock (the deadline moves on
/// by the business time waited); resolving late records the breach; resolving, closing and reopening leave their own steps.
/// </summary>
public sealed class MoveCaseHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<MoveCase, ServiceCase>
{
    /// <inheritdoc />
    public Task<ServiceCase> Handle(MoveCase request, CancellationToken cancellationToken)
    {
        var before = CaseRecords.Require(store, request.CaseId);
        CaseLifecycle.Require(before, request.Status);
        var now = clock.GetUtcNow();
        var to = request.Status;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var after = before with
        {
            Status = to,
            ResolutionDue = CaseSla.ResolutionDue(before, schema.SlaPolicyOf(before), now),
            WaitingSince = to == CaseStatus.WaitingOnCustomer ? now : null,
            Satisfaction = request.Satisfaction ?? before.Satisfaction,
            UpdatedAt = now,
            Version = before.Version + 1,
        };
        var csat = request.Satisfaction is { } s ? $"; CSAT {s.Score}/5{(s.Comment is null ? "" : $" \"{s.Comment}\"")}" : "";
        var move = $"{CaseLifecycle.Name(before.Status)} → {CaseLifecycle.Name(to)}";
        CaseStep step;
        switch (to)
        {
            case CaseStatus.Resolved:
                var resolution = string.IsNullOrWhiteSpace(request.Resolution) ? null : request.Resolution.Trim();
                after = after with { ResolvedAt = now, Resolution = resolution ?? note };
                after = CaseSla.RecordIfLate(after, SlaTarget.Resolution, after.ResolutionDue, now, user.Name);
                step = new CaseStep(CaseStepKind.Resolved, now, user.Name, $"{move}{Suffix(resolution ?? note)}{csat}");
                work.Raise(new CaseResolved(after with { History = [.. after.History, step] }, now));
                break;
            case CaseStatus.Closed:
                after = after with { ClosedAt = now };
                step = new CaseStep(CaseStepKind.Closed, now, user.Name, $"{move}{Suffix(note)}{csat}");
                work.Raise(new CaseClosed(after with { History = [.. after.History, step] }, now));
                break;
            case CaseStatus.InProgress when before.Status == CaseStatus.Resolved:
                after = after with { ResolvedAt = null, Resolution = null };
                step = new CaseStep(CaseStepKind.Reopened, now, user.Name, $"{move}{Suffix(note)}");
                break;
            default:
                step = new CaseStep(CaseStepKind.StatusChanged, now, user.Name, $"{move}{Suffix(note)}");
                break;
        }
        after = after with { History = [.. after.History, step] };
        work.Update(CaseRecords.Kind, before, after);
        return Task.FromResult(after);
    }

    private static string Suffix(string? text) => text is null ? "" : $": {text}";
}
