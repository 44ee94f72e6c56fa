namespace Crm.Framework.Pipelines;

/// <summary>A deal moved from one stage to another (also raised when it closes).</summary>
public sealed record DealStageChanged(Deal Deal, string FromStage, string ToStage, DateTimeOffset OccurredAt) : IDomainEvent;
