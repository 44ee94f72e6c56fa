using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Teams;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>
/// For each active case with a newly missed target: a breach and an escalation step, the new owner, one level up and a
/// <see cref="CaseEscalated"/> per target — all cases in one unit of work. A recorded breach is never escalated again.
/// </summary>
public sealed class EscalateBreachedCasesHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<EscalateBreachedCases, IReadOnlyList<CaseEscalated>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<CaseEscalated>> Handle(EscalateBreachedCases request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var escalated = new List<CaseEscalated>();
        foreach (var before in CaseRecords.Active(store))
        {
            var breaches = CaseSla.NewBreaches(before, now).ToList();
            if (breaches.Count == 0) continue;
            var policy = schema.SlaPolicyOf(before);
            var after = before;
            var events = new List<(SlaAlert Breach, string PreviousOwner)>();
            foreach (var breach in breaches)
            {
                var previous = after.Owner;
                var owner = EscalationOwner(after, policy);
                var late = CaseSla.Late(breach.Left);
                var steps = new List<CaseStep>
                {
                    new(CaseStepKind.SlaBreached, now, user.Name, $"{CaseSla.Describe(breach.Target)} was due {CaseSla.Format(breach.Due)}, {late} late"),
                    new(CaseStepKind.Escalated, now, user.Name, $"level {after.EscalationLevel + 1}: {CaseSla.Describe(breach.Target)} missed under SLA '{policy.Key}'"),
                };
                if (owner != previous) steps.Add(new(CaseStepKind.Reassigned, now, user.Name, $"{previous} → {owner} (escalation)"));
                after = after with
                {
                    Owner = owner,
                    EscalationLevel = after.EscalationLevel + 1,
                    Breaches = [.. after.Breaches, breach.Target],
                    History = [.. after.History, .. steps],
                };
                events.Add((breach, previous));
            }
            after = after with { UpdatedAt = now, Version = before.Version + 1 };
            work.Update(CaseRecords.Kind, before, after);
            foreach (var (breach, previous) in events)
            {
                var e = new CaseEscalated(after, breach.Target, breach.Due, now - breach.Due, previous, now);
                work.Raise(e);
                escalated.Add(e);
            }
        }
        return Task.FromResult<IReadOnlyList<CaseEscalated>>(escalated);
    }

    // The policy's named user, else the lead of the case's team, of the policy's escalation team, or of the owner's first team.
    private string EscalationOwner(ServiceCase @case, SlaPolicy policy) =>
        policy.EscalateTo
        ?? (@case.Team is { } team ? schema.RequireTeam(team).EscalatesTo : null)
        ?? (policy.EscalationTeam is { } escalationTeam ? schema.RequireTeam(escalationTeam).EscalatesTo : null)
        ?? schema.TeamsOf(@case.Owner).FirstOrDefault()?.EscalatesTo
        ?? @case.Owner;
}
