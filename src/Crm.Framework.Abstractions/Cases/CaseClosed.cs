namespace Crm.Framework.Cases;

/// <summary>A service case was closed for good.</summary>
public sealed record CaseClosed(ServiceCase Case, DateTimeOffset OccurredAt) : IDomainEvent;
