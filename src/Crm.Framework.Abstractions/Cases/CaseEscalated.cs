namespace Crm.Framework.Cases;

/// <summary>A case missed an SLA target and was escalated.</summary>
/// <param name="Case">The case after escalation (new owner, level).</param>
/// <param name="Target">The target missed.</param>
/// <param name="Due">When it was due.</param>
/// <param name="Late">How late it is, in wall-clock time, when escalated.</param>
/// <param name="PreviousOwner">Who owned it before.</param>
/// <param name="OccurredAt">When it was escalated.</param>
public sealed record CaseEscalated(ServiceCase Case, SlaTarget Target, DateTimeOffset Due, TimeSpan Late, string PreviousOwner, DateTimeOffset OccurredAt) : IDomainEvent;
