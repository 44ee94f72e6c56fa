namespace Crm.Framework.Cases;

/// <summary>A service case was resolved (with the customer's satisfaction, if captured).</summary>
public sealed record CaseResolved(ServiceCase Case, DateTimeOffset OccurredAt) : IDomainEvent;
