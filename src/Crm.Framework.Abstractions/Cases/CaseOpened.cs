namespace Crm.Framework.Cases;

/// <summary>A service case was opened.</summary>
public sealed record CaseOpened(ServiceCase Case, DateTimeOffset OccurredAt) : IDomainEvent;
