using Crm.Framework.Storage;

namespace Crm.Framework.Sales;

/// <summary>Finding quotes and orders by id or number, and the rules every quote edit shares.</summary>
public static class SalesRules
{
    /// <summary>The quote with id or number <paramref name="idOrNumber"/>, or a <see cref="NotFoundException"/>.</summary>
    public static Quote RequireQuote(ICrmStore store, string idOrNumber) =>
        store.GetRecord(SalesRecords.Quotes, idOrNumber)
        ?? store.FindRecords(SalesRecords.Quotes, new RecordKey("number", idOrNumber.ToUpperInvariant())).FirstOrDefault()
        ?? throw new NotFoundException("quote", idOrNumber, "list quotes with 'crm quotes list'");

    /// <summary>The order with id or number <paramref name="idOrNumber"/>, or a <see cref="NotFoundException"/>.</summary>
    public static Order RequireOrder(ICrmStore store, string idOrNumber) =>
        store.GetRecord(SalesRecords.Orders, idOrNumber)
        ?? store.FindRecords(SalesRecords.Orders, new RecordKey("number", idOrNumber.ToUpperInvariant())).FirstOrDefault()
        ?? throw new NotFoundException("order", idOrNumber, "list orders with 'crm orders list'");

    /// <summary>Refuses to edit a quote that is not a draft.</summary>
    public static void RequireDraft(Quote quote)
    {
        if (quote.Status != QuoteStatus.Draft)
            throw new BusinessRuleException($"Quote {quote.Number} is {SalesRecords.Text(quote.Status)}; only draft quotes can be edited — create a new quote for the deal instead.");
    }

    /// <summary>Today's date on the CRM clock (UTC).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary><paramref name="before"/> repriced, one version on, stamped <paramref name="now"/>.</summary>
    public static Quote Changed(Quote before, Quote after, DateTimeOffset now) =>
        QuotePricing.Price(after) with { Version = before.Version + 1, UpdatedAt = now };
}
