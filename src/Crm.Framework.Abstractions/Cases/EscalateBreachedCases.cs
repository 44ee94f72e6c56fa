namespace Crm.Framework.Cases;

/// <summary>
/// Escalates every active case that has newly missed an SLA target: records the breach in its history, gives it to
/// the policy's escalation owner, raises its escalation level and publishes <see cref="CaseEscalated"/>. Run it on a
/// schedule; running it again escalates nothing twice. Returns the escalations made.
/// </summary>
public sealed record EscalateBreachedCases : ICrmCommand<IReadOnlyList<CaseEscalated>>;
