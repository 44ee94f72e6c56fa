namespace Crm.Framework.Pipelines;

/// <summary>A deal was won or lost.</summary>
public sealed record DealClosed(Deal Deal, bool Won, DateTimeOffset OccurredAt) : IDomainEvent;
