namespace Crm.Framework.Customers;

/// <summary>A customer card changed; <see cref="Before"/> and <see cref="After"/> are the two versions.</summary>
public sealed record CustomerUpdated(Customer Before, Customer After, DateTimeOffset OccurredAt) : IDomainEvent;
