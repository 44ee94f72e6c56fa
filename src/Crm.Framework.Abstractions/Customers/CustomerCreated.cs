namespace Crm.Framework.Customers;

/// <summary>A customer card was created.</summary>
public sealed record CustomerCreated(Customer Customer, DateTimeOffset OccurredAt) : IDomainEvent;
