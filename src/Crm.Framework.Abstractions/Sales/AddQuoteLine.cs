namespace Crm.Framework.Sales;

/// <summary>
/// Adds a line to a draft quote: a catalogue product (price, tax rate and name from the catalogue unless given)
/// or a free-text line (description and unit price required). Returns the repriced quote.
/// </summary>
public sealed record AddQuoteLine : ICrmCommand<Quote>
{
    /// <summary>The quote.</summary>
    public required string QuoteId { get; init; }
    /// <summary>The product key; null for a free-text line.</summary>
    public string? Product { get; init; }
    /// <summary>The text printed; for a product, default its name.</summary>
    public string? Description { get; init; }
    /// <summary>How many units, above zero. Default 1.</summary>
    public decimal Quantity { get; init; } = 1m;
    /// <summary>The price of one unit, in the quote's currency. Default: the catalogue price (when it is in that currency).</summary>
    public Money? UnitPrice { get; init; }
    /// <summary>The line discount (percent or amount).</summary>
    public Discount? Discount { get; init; }
    /// <summary>The tax rate, 0 to 1. Default: the product's; 0 for a free-text line.</summary>
    public decimal? TaxRate { get; init; }
}
