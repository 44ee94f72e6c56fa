using Crm.Framework.Sales;

namespace Crm.Framework.Tests.Sales;

public sealed class OrderTests
{
    private static async Task<Order> NewOrder(Testing.CrmTestHost crm) => (await crm.Send(new AcceptQuote((await crm.SentQuote()).Id))).Order;

    [Fact]
    public async Task An_order_moves_to_fulfilled_recording_who_and_when_and_raising_OrderStatusChanged()
    {
        var changes = new List<OrderStatusChanged>();
        await using var crm = SalesCrm.Create(s => s.AddEventProbe(changes));
        var order = await NewOrder(crm);

        foreach (var status in new[] { OrderStatus.Confirmed, OrderStatus.InFulfilment, OrderStatus.Fulfilled })
        {
            crm.Clock.Advance(TimeSpan.FromHours(1));
            order = await crm.Send(new AdvanceOrder { OrderId = order.Number, Status = status });
        }

        Assert.Equal([OrderStatus.New, OrderStatus.Confirmed, OrderStatus.InFulfilment, OrderStatus.Fulfilled], order.History.Select(h => h.To));
        Assert.Equal(new OrderStatusChange(OrderStatus.InFulfilment, OrderStatus.Fulfilled, crm.Clock.GetUtcNow(), "tester"), order.History[^1]);
        Assert.Equal([OrderStatus.New, OrderStatus.Confirmed, OrderStatus.InFulfilment], changes.Select(c => c.From));
        Assert.Equal(4L, order.Version);
        crm.AssertStored(order);
        Assert.Equal([order.Id], (await crm.Send(new ListOrders { Status = OrderStatus.Fulfilled })).Select(o => o.Id));
    }

    [Fact]
    public async Task An_illegal_move_is_refused_listing_the_allowed_statuses_and_a_fulfilled_order_is_final()
    {
        await using var crm = SalesCrm.Create();
        var order = await NewOrder(crm);

        var skip = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AdvanceOrder { OrderId = order.Id, Status = OrderStatus.Fulfilled }));
        foreach (var status in new[] { OrderStatus.Confirmed, OrderStatus.InFulfilment, OrderStatus.Fulfilled })
            await crm.Send(new AdvanceOrder { OrderId = order.Id, Status = status });
        var final = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new AdvanceOrder { OrderId = order.Id, Status = OrderStatus.Cancelled, Reason = "late" }));

        Assert.Equal("Order O-2026-0001 cannot go from new to fulfilled; allowed: confirmed, cancelled.", skip.Message);
        Assert.Equal("Order O-2026-0001 cannot go from fulfilled to cancelled; a fulfilled order is final.", final.Message);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_keeps_it()
    {
        await using var crm = SalesCrm.Create();
        var order = await NewOrder(crm);
        await crm.Send(new AdvanceOrder { OrderId = order.Id, Status = OrderStatus.Confirmed });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new AdvanceOrder { OrderId = order.Id, Status = OrderStatus.Cancelled }));
        var cancelled = await crm.Send(new AdvanceOrder { OrderId = order.Id, Status = OrderStatus.Cancelled, Reason = "customer withdrew" });

        Assert.Equal("Field 'reason' is required to cancel order O-2026-0001; say why with --reason.", error.Message);
        Assert.Equal((OrderStatus.Cancelled, "customer withdrew"), (cancelled.Status, cancelled.CancelReason));
        Assert.Equal(("customer withdrew", OrderStatus.Confirmed), (cancelled.History[^1].Reason, cancelled.History[^1].From));
    }

    [Fact]
    public async Task Orders_are_numbered_in_sequence_and_listed_newest_first_by_customer()
    {
        await using var crm = SalesCrm.Create();
        var first = await NewOrder(crm);
        crm.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await NewOrder(crm);

        Assert.Equal(("O-2026-0001", "O-2026-0002"), (first.Number, second.Number));
        Assert.Equal([second.Id, first.Id], (await crm.Send(new ListOrders())).Select(o => o.Id));
        Assert.Equal([second.Id], (await crm.Send(new ListOrders { CustomerId = second.CustomerId })).Select(o => o.Id));
        Assert.Equal(first.Id, (await crm.Send(new GetOrder("O-2026-0001"))).Id);
    }
}
