using Crm.Framework.Pipelines;
using Crm.Framework.Sales;
using Crm.Framework.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Sales;

/// <summary>A test CRM with a small catalogue, and the steps quote tests start with.</summary>
public static class SalesCrm
{
    public static ProductDefinition ConsultingDay { get; } = new("consulting_day", "Consulting day", Money.Of(800m, "EUR"))
    {
        Kind = "service", Unit = "day", TaxRate = 0.20m, Sku = "CONS-1",
    };

    public static ProductDefinition CardFee { get; } = new("card_fee", "Card annual fee", Money.Of(29.99m, "EUR")) { Funnels = [TestSchema.CardFunnel] };

    public static ProductDefinition Widget { get; } = new("widget", "Widget", Money.Of(10m, "USD")) { TaxRate = 0.10m };

    public static ProductDefinition OldPlan { get; } = new("old_plan", "Old plan", Money.Of(5m, "EUR")) { Active = false };

    public static CrmTestHost Create(Action<IServiceCollection>? services = null) =>
        TestCrm.Create(app => app.AddProduct(ConsultingDay).AddProduct(CardFee).AddProduct(Widget).AddProduct(OldPlan), services);

    /// <summary>Asserts the store holds <paramref name="quote"/> exactly (records hold lists, so they are compared as stored JSON).</summary>
    public static void AssertStored(this CrmTestHost crm, Quote quote) =>
        Assert.Equal(SalesRecords.Quotes.Serialize(quote), SalesRecords.Quotes.Serialize(crm.Store.GetRecord(SalesRecords.Quotes, quote.Id)!));

    /// <summary>Asserts the store holds <paramref name="order"/> exactly.</summary>
    public static void AssertStored(this CrmTestHost crm, Order order) =>
        Assert.Equal(SalesRecords.Orders.Serialize(order), SalesRecords.Orders.Serialize(crm.Store.GetRecord(SalesRecords.Orders, order.Id)!));

    /// <summary>A customer, a loan deal in EUR and a draft quote for it.</summary>
    public static async Task<(Deal Deal, Quote Quote)> NewQuote(this CrmTestHost crm, Discount? discount = null, DateOnly? validUntil = null)
    {
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        return (deal, await crm.Send(new CreateQuote { DealId = deal.Id, Discount = discount, ValidUntil = validUntil }));
    }

    /// <summary>A second quote for <paramref name="deal"/> with one consulting day.</summary>
    public static async Task<Quote> QuoteWithOneDay(this CrmTestHost crm, string dealId)
    {
        var quote = await crm.Send(new CreateQuote { DealId = dealId });
        return await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day" });
    }

    /// <summary>A sent quote with one consulting day, for a new customer's loan.</summary>
    public static async Task<Quote> SentQuote(this CrmTestHost crm)
    {
        var (deal, _) = await crm.NewQuote();
        var quote = await crm.QuoteWithOneDay(deal.Id);
        return await crm.Send(new SendQuote(quote.Id));
    }
}
