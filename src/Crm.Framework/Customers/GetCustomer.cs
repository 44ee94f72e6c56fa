using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Reads one card.</summary>
public sealed class GetCustomerHandler(ICrmStore store) : IRequestHandler<GetCustomer, Customer>
{
    /// <inheritdoc />
    public Task<Customer> Handle(GetCustomer request, CancellationToken cancellationToken) =>
        Task.FromResult(store.GetCustomer(request.CustomerId)
            ?? throw new NotFoundException("customer", request.CustomerId, "list customers with 'crm customers list'"));
}
