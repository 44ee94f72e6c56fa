using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Checks the request names an order.</summary>
public sealed class AdvanceOrderValidator : IValidator<AdvanceOrder>
{
    /// <inheritdoc />
    public void Validate(AdvanceOrder request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.OrderId)) errors.Add(new ValidationError("order", null, "is required"));
        if (!Enum.IsDefined(request.Status)) errors.Add(new ValidationError("status", request.Status, "is not an order status"));
    }
}

/// <summary>Moves an order along new → confirmed → in fulfilment → fulfilled, or cancels it with a reason; records who and when.</summary>
public sealed class AdvanceOrderHandler(ICrmStore store, UnitOfWork work, TimeProvider clock, ICurrentUser user) : IRequestHandler<AdvanceOrder, Order>
{
    /// <summary>The statuses an order may move to from each status.</summary>
    public static IReadOnlyList<OrderStatus> AllowedFrom(OrderStatus status) => status switch
    {
        OrderStatus.New => [OrderStatus.Confirmed, OrderStatus.Cancelled],
        OrderStatus.Confirmed => [OrderStatus.InFulfilment, OrderStatus.Cancelled],
        OrderStatus.InFulfilment => [OrderStatus.Fulfilled, OrderStatus.Cancelled],
        _ => [],
    };

    /// <inheritdoc />
    public Task<Order> Handle(AdvanceOrder request, CancellationToken cancellationToken)
    {
        var before = SalesRules.RequireOrder(store, request.OrderId);
        var allowed = AllowedFrom(before.Status);
        if (!allowed.Contains(request.Status))
            throw new BusinessRuleException($"Order {before.Number} cannot go from {SalesRecords.Text(before.Status)} to {SalesRecords.Text(request.Status)}; " +
                (allowed.Count == 0 ? $"a {SalesRecords.Text(before.Status)} order is final." : $"allowed: {string.Join(", ", allowed.Select(SalesRecords.Text))}."));
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (request.Status == OrderStatus.Cancelled && reason is null)
            throw new CrmValidationException("reason", null, $"is required to cancel order {before.Number}; say why with --reason");
        var now = clock.GetUtcNow();
        var after = before with
        {
            Status = request.Status,
            CancelReason = request.Status == OrderStatus.Cancelled ? reason : before.CancelReason,
            History = [.. before.History, new OrderStatusChange(before.Status, request.Status, now, user.Name, reason)],
            UpdatedAt = now,
            Version = before.Version + 1,
        };
        work.Update(SalesRecords.Orders, before, after);
        work.Raise(new OrderStatusChanged(after, before.Status, now));
        return Task.FromResult(after);
    }
}
