using Crm.Framework.Behaviors;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the case id and that an owner or a team is named.</summary>
public sealed class AssignCaseValidator : IValidator<AssignCase>
{
    /// <inheritdoc />
    public void Validate(AssignCase request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.CaseId)) errors.Add(new ValidationError("case", null, "is required"));
        if (string.IsNullOrWhiteSpace(request.Owner) && string.IsNullOrWhiteSpace(request.Team))
            errors.Add(new ValidationError("owner", null, "or a team is required"));
    }
}

/// <summary>Gives the case to the new owner and/or team; a team without an owner picks its least busy member.</summary>
public sealed class AssignCaseHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<AssignCase, ServiceCase>
{
    /// <inheritdoc />
    public Task<ServiceCase> Handle(AssignCase request, CancellationToken cancellationToken)
    {
        var before = CaseRecords.Require(store, request.CaseId);
        if (before.Status == CaseStatus.Closed)
            throw new BusinessRuleException($"Case '{before.Id}' is closed; a closed case cannot be reassigned.");
        var team = string.IsNullOrWhiteSpace(request.Team) ? null : CaseLinks.RequireTeam(schema, request.Team);
        var owner = !string.IsNullOrWhiteSpace(request.Owner) ? request.Owner.Trim() : CaseLinks.LeastBusyMember(store, team!);
        var teamKey = team?.Key ?? before.Team;
        if (owner == before.Owner && teamKey == before.Team)
            throw new BusinessRuleException($"Case '{before.Id}' is already owned by {owner}{(teamKey is null ? "" : $" in team {teamKey}")}.");

        var now = clock.GetUtcNow();
        var text = $"{before.Owner} → {owner}{(teamKey == before.Team ? "" : $" (team {before.Team ?? "none"} → {teamKey})")}";
        var after = before with
        {
            Owner = owner,
            Team = teamKey,
            History = [.. before.History, new CaseStep(CaseStepKind.Reassigned, now, user.Name, text)],
            UpdatedAt = now,
            Version = before.Version + 1,
        };
        work.Update(CaseRecords.Kind, before, after);
        return Task.FromResult(after);
    }
}
