namespace Crm.Framework.Documents;

/// <summary>A document was rendered and stored.</summary>
public sealed record DocumentRendered(Document Document, DateTimeOffset OccurredAt) : IDomainEvent;
