using Crm.Framework.Pipelines;
using Crm.Framework.Sales;

namespace Crm.Framework.Tests.Sales;

public sealed class QuoteTests
{
    [Fact]
    public async Task CreateQuote_numbers_drafts_per_year_in_the_deals_currency_valid_for_30_days()
    {
        await using var crm = SalesCrm.Create();
        var (deal, first) = await crm.NewQuote();
        var second = await crm.Send(new CreateQuote { DealId = deal.Id });

        Assert.Equal(("Q-2026-0001", "Q-2026-0002"), (first.Number, second.Number));
        Assert.StartsWith("Q-", first.Id);
        Assert.Equal((QuoteStatus.Draft, "EUR", new DateOnly(2026, 2, 14), 1L, deal.CustomerId), (first.Status, first.Currency, first.ValidUntil, first.Version, first.CustomerId));
        Assert.Equal(Money.Of(0, "EUR"), first.Total);
        crm.AssertStored(first);
    }

    [Fact]
    public async Task Quote_totals_are_exact_rounded_per_line_away_from_zero_with_the_quote_discount_shared_before_tax()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote(Discount.Percent(5));

        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day", Quantity = 3, Discount = Discount.Percent(10) });
        var priced = await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Description = "Travel", Quantity = 2.5m, UnitPrice = Money.Of(33.33m, "EUR") });

        var (day, travel) = (priced.Lines[0], priced.Lines[1]);
        Assert.Equal((1, "Consulting day", "day", 800m, 2400m, 240m, 2160m, 0.20m), (day.No, day.Description, day.Unit, day.UnitPrice, day.Gross, day.DiscountAmount, day.Net, day.TaxRate));
        Assert.Equal((2, (string?)null, 83.33m, 0m), (travel.No, travel.Product, travel.Net, travel.TaxRate)); // 83.325 rounds away from zero
        Assert.Equal((108.00m, 4.17m), (day.QuoteDiscountShare, travel.QuoteDiscountShare));
        Assert.Equal((410.40m, 0m), (day.Tax, travel.Tax));
        Assert.Equal((Money.Of(2243.33m, "EUR"), Money.Of(112.17m, "EUR"), Money.Of(410.40m, "EUR"), Money.Of(2541.56m, "EUR")),
            (priced.Subtotal, priced.DiscountTotal, priced.Tax, priced.Total));
        Assert.Equal(3L, priced.Version);
        crm.AssertStored(priced);
    }

    [Fact]
    public async Task A_product_priced_in_another_currency_is_refused_unless_a_price_in_the_quote_currency_is_given()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote();

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "widget" }));
        var priced = await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "widget", Quantity = 2, UnitPrice = Money.Of(9.25m, "EUR") });

        Assert.Equal("Product 'widget' is priced in USD, but quote Q-2026-0001 is in EUR; give the unit price in EUR with --price.", error.Message);
        Assert.Equal((9.25m, 0.10m, 18.50m, 1.85m), (priced.Lines[0].UnitPrice, priced.Lines[0].TaxRate, priced.Subtotal.Amount, priced.Tax.Amount));
    }

    [Fact]
    public async Task A_price_in_another_currency_than_the_quote_is_refused()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote();

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new AddQuoteLine { QuoteId = quote.Id, Description = "Setup", UnitPrice = Money.Of(100m, "USD") }));

        Assert.Equal("Quote Q-2026-0001 is in EUR, but the price 100.00 USD is in USD; give the price in EUR.", error.Message);
        Assert.Equal(1L, crm.Store.GetRecord(SalesRecords.Quotes, quote.Id)!.Version);
    }

    [Fact]
    public async Task A_product_not_sold_in_the_deals_funnel_or_no_longer_sold_is_refused()
    {
        await using var crm = SalesCrm.Create();
        var (deal, quote) = await crm.NewQuote();

        var funnel = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "card_fee" }));
        var inactive = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "old_plan" }));

        Assert.Equal($"Product 'card_fee' is sold in card, but deal '{deal.Id}' is in 'loan'; see 'crm products --funnel loan'.", funnel.Message);
        Assert.Equal("Product 'old_plan' is no longer sold; choose another product (see 'crm products').", inactive.Message);
    }

    [Fact]
    public async Task A_line_overrides_the_tax_rate_and_an_amount_discount_larger_than_the_line_is_refused()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote();

        var line = await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day", TaxRate = 0.07m, Discount = Discount.Amount(50) });
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new AddQuoteLine { QuoteId = quote.Id, Description = "Setup", UnitPrice = Money.Of(10m, "EUR"), Discount = Discount.Amount(11) }));

        Assert.Equal((750m, 52.50m), (line.Lines[0].Net, line.Lines[0].Tax));
        Assert.Equal("The discount 11.00 on line 'Setup' is more than the line's 10.00; give a smaller discount or a percentage.", error.Message);
    }

    [Fact]
    public async Task A_line_without_product_text_or_price_and_bad_numbers_are_refused_naming_each_field()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new AddQuoteLine { QuoteId = quote.Id, Quantity = 0, Discount = Discount.Percent(120), TaxRate = 2 }));

        Assert.Equal(["description", "price", "quantity", "discount", "tax rate"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task RemoveQuoteLine_renumbers_and_reprices_and_a_missing_line_is_not_found()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote();
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Description = "Setup", UnitPrice = Money.Of(10m, "EUR") });
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day" });

        var removed = await crm.Send(new RemoveQuoteLine { QuoteId = quote.Number, LineNo = 1 });
        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new RemoveQuoteLine { QuoteId = quote.Id, LineNo = 2 }));

        Assert.Equal((1, "consulting_day", 960m), (removed.Lines.Single().No, removed.Lines.Single().Product, removed.Total.Amount));
        Assert.Equal("No line '2' exists; quote Q-2026-0001 has lines 1 to 1.", error.Message);
    }

    [Fact]
    public async Task A_quote_for_a_closed_deal_or_valid_until_yesterday_is_refused()
    {
        await using var crm = SalesCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var past = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CreateQuote { DealId = deal.Id, ValidUntil = new DateOnly(2026, 1, 14) }));
        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "went elsewhere" });
        var closed = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new CreateQuote { DealId = deal.Id }));

        Assert.Equal("Field 'valid until' value '2026-01-14' must be today (2026-01-15) or later.", past.Message);
        Assert.Equal($"Deal '{deal.Id}' is lost; quotes are made for open deals only.", closed.Message);
        Assert.Empty(crm.Store.FindRecords(SalesRecords.Quotes));
    }
}
