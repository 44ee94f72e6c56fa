using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Reads one order by id or number.</summary>
public sealed class GetOrderHandler(ICrmStore store) : IRequestHandler<GetOrder, Order>
{
    /// <inheritdoc />
    public Task<Order> Handle(GetOrder request, CancellationToken cancellationToken) => Task.FromResult(SalesRules.RequireOrder(store, request.OrderId));
}
