using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Lists orders by customer, deal and status through the store's keys, newest first.</summary>
public sealed class ListOrdersHandler(ICrmStore store) : IRequestHandler<ListOrders, IReadOnlyList<Order>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Order>> Handle(ListOrders request, CancellationToken cancellationToken)
    {
        var keys = new List<RecordKey>();
        if (request.CustomerId is { } customer) keys.Add(new("customer", customer));
        if (request.DealId is { } deal) keys.Add(new("deal", deal));
        if (request.Status is { } status) keys.Add(new("status", SalesRecords.Text(status)));
        IReadOnlyList<Order> orders = store.FindRecords(SalesRecords.Orders, [.. keys])
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Number, StringComparer.Ordinal)
            .Take(request.Limit)
            .ToList();
        return Task.FromResult(orders);
    }
}
