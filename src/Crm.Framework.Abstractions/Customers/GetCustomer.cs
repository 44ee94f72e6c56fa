namespace Crm.Framework.Customers;

/// <summary>Reads one customer card by id. Throws <see cref="NotFoundException"/> when there is none.</summary>
/// <param name="CustomerId">The customer id.</param>
public sealed record GetCustomer(string CustomerId) : ICrmQuery<Customer>;
