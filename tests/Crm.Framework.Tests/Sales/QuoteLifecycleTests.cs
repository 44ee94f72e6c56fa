using Crm.Framework.Sales;

namespace Crm.Framework.Tests.Sales;

public sealed class QuoteLifecycleTests
{
    [Fact]
    public async Task SendQuote_freezes_the_draft_and_raises_QuoteSent()
    {
        var sent = new List<QuoteSent>();
        await using var crm = SalesCrm.Create(s => s.AddEventProbe(sent));
        var (deal, _) = await crm.NewQuote();
        var quote = await crm.QuoteWithOneDay(deal.Id);

        var after = await crm.Send(new SendQuote(quote.Number));
        var edit = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day" }));

        Assert.Equal((QuoteStatus.Sent, crm.Clock.GetUtcNow(), 3L), (after.Status, after.SentAt, after.Version));
        Assert.Equal(after.Id, sent.Single().Quote.Id);
        Assert.Equal("Quote Q-2026-0002 is sent; only draft quotes can be edited — create a new quote for the deal instead.", edit.Message);
        crm.AssertStored(after);
    }

    [Fact]
    public async Task A_quote_without_lines_or_with_a_discount_above_its_subtotal_cannot_be_sent()
    {
        await using var crm = SalesCrm.Create();
        var (_, empty) = await crm.NewQuote();
        var (deal, big) = await crm.NewQuote(Discount.Amount(1000));
        await crm.Send(new AddQuoteLine { QuoteId = big.Id, Product = "consulting_day" });

        var noLines = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new SendQuote(empty.Id)));
        var tooMuch = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new SendQuote(big.Id)));

        Assert.Equal("Quote Q-2026-0001 has no lines; add one with 'crm quotes add-line Q-2026-0001' before sending it.", noLines.Message);
        Assert.Equal("Quote Q-2026-0002 gives a discount of 1000.00 on a subtotal of 800.00 EUR; the discount must not exceed the subtotal.", tooMuch.Message);
        Assert.Equal(QuoteStatus.Draft, crm.Store.GetRecord(SalesRecords.Quotes, big.Id)!.Status);
    }

    [Fact]
    public async Task AcceptQuote_places_the_order_with_the_quote_lines_and_totals_and_supersedes_the_deals_other_open_quotes()
    {
        var accepted = new List<QuoteAccepted>();
        var placed = new List<OrderPlaced>();
        var declined = new List<QuoteDeclined>();
        await using var crm = SalesCrm.Create(s => s.AddEventProbe(accepted).AddEventProbe(placed).AddEventProbe(declined));
        var (deal, draft) = await crm.NewQuote();
        var other = await crm.Send(new SendQuote((await crm.QuoteWithOneDay(deal.Id)).Id));
        var quote = await crm.Send(new SendQuote((await crm.QuoteWithOneDay(deal.Id)).Id));
        crm.Clock.Advance(TimeSpan.FromDays(2));

        var result = await crm.Send(new AcceptQuote(quote.Id));

        var order = result.Order;
        Assert.Equal((QuoteStatus.Accepted, order.Id, crm.Clock.GetUtcNow()), (result.Quote.Status, result.Quote.OrderId, result.Quote.AnsweredAt));
        Assert.Equal(("O-2026-0001", OrderStatus.New, quote.Id, "Q-2026-0003", deal.Id, deal.CustomerId), (order.Number, order.Status, order.QuoteId, order.QuoteNumber, order.DealId, order.CustomerId));
        Assert.Equal((quote.Subtotal, quote.Tax, quote.Total), (order.Subtotal, order.Tax, order.Total));
        Assert.Equal(quote.Lines, order.Lines);
        Assert.Equal(new OrderStatusChange(null, OrderStatus.New, crm.Clock.GetUtcNow(), "tester", "quote Q-2026-0003 accepted"), order.History.Single());
        foreach (var q in new[] { draft, other })
        {
            var stored = crm.Store.GetRecord(SalesRecords.Quotes, q.Id)!;
            Assert.Equal((QuoteStatus.Declined, "superseded by Q-2026-0003"), (stored.Status, stored.DeclineReason));
        }
        Assert.Equal((quote.Id, order.Id), (accepted.Single().Quote.Id, placed.Single().Order.Id));
        Assert.Equal(new[] { draft.Id, other.Id }.Order(StringComparer.Ordinal), declined.Select(d => d.Quote.Id).Order(StringComparer.Ordinal));
        crm.AssertStored(result.Quote);
        crm.AssertStored(order);
        Assert.Equal(deal.Version, crm.Store.GetDeal(deal.Id)!.Version); // the deal is not moved
    }

    [Fact]
    public async Task Accepting_an_expired_quote_is_refused_and_nothing_is_written()
    {
        await using var crm = SalesCrm.Create();
        var (deal, _) = await crm.NewQuote();
        var quote = await crm.Send(new SendQuote((await crm.QuoteWithOneDay(deal.Id)).Id));
        crm.Clock.Advance(TimeSpan.FromDays(31));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AcceptQuote(quote.Id)));
        var expired = await crm.Send(new ListQuotes { Status = QuoteStatus.Expired });

        Assert.Equal("Quote Q-2026-0002 expired on 2026-02-14 and can no longer be accepted; create a new quote for the deal.", error.Message);
        crm.AssertStored(quote);
        Assert.Empty(crm.Store.FindRecords(SalesRecords.Orders));
        Assert.Equal(["Q-2026-0002", "Q-2026-0001"], expired.Select(q => q.Number));
    }

    [Fact]
    public async Task A_draft_cannot_be_accepted_and_a_deal_has_only_one_accepted_quote()
    {
        await using var crm = SalesCrm.Create();
        var (deal, draft) = await crm.NewQuote();
        var quote = await crm.Send(new SendQuote((await crm.QuoteWithOneDay(deal.Id)).Id));

        var notSent = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AcceptQuote(draft.Id)));
        await crm.Send(new AcceptQuote(quote.Id));
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AcceptQuote(quote.Id)));
        var superseded = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AcceptQuote(draft.Id)));

        Assert.Equal("Quote Q-2026-0001 is a draft; send it with 'crm quotes send Q-2026-0001' before it can be accepted.", notSent.Message);
        Assert.Equal("Quote Q-2026-0002 is already accepted; only a sent quote can be accepted.", twice.Message);
        Assert.Equal("Quote Q-2026-0001 is already declined; only a sent quote can be accepted.", superseded.Message);
        Assert.Single(crm.Store.FindRecords(SalesRecords.Orders));
    }

    [Fact]
    public async Task DeclineQuote_keeps_the_reason_and_a_declined_quote_cannot_be_declined_again()
    {
        await using var crm = SalesCrm.Create();
        var quote = await crm.SentQuote();

        var declined = await crm.Send(new DeclineQuote { QuoteId = quote.Id, Reason = " too expensive " });
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new DeclineQuote { QuoteId = quote.Id }));

        Assert.Equal((QuoteStatus.Declined, "too expensive"), (declined.Status, declined.DeclineReason));
        Assert.Equal("Quote Q-2026-0002 is already declined; only a draft or sent quote can be declined.", again.Message);
    }

    [Fact]
    public async Task ListQuotes_filters_by_deal_customer_and_status_newest_first()
    {
        await using var crm = SalesCrm.Create();
        var sent = await crm.SentQuote();
        var (otherDeal, otherDraft) = await crm.NewQuote();

        var byDeal = await crm.Send(new ListQuotes { DealId = sent.DealId });
        var byCustomer = await crm.Send(new ListQuotes { CustomerId = otherDeal.CustomerId });
        var drafts = await crm.Send(new ListQuotes { Status = QuoteStatus.Draft });

        Assert.Equal(["Q-2026-0002", "Q-2026-0001"], byDeal.Select(q => q.Number));
        Assert.Equal([otherDraft.Id], byCustomer.Select(q => q.Id));
        Assert.Equal(["Q-2026-0003", "Q-2026-0001"], drafts.Select(q => q.Number));
    }

    [Fact]
    public async Task A_quote_is_found_by_its_number_and_an_unknown_one_is_not_found()
    {
        await using var crm = SalesCrm.Create();
        var quote = await crm.SentQuote();

        var found = await crm.Send(new GetQuote("q-2026-0002"));
        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetQuote("Q-2026-0099")));

        Assert.Equal(quote.Id, found.Id);
        Assert.Equal("No quote 'Q-2026-0099' exists; list quotes with 'crm quotes list'.", error.Message);
    }
}
