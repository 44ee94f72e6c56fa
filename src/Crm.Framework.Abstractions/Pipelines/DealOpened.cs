namespace Crm.Framework.Pipelines;

/// <summary>A deal was opened.</summary>
public sealed record DealOpened(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;
