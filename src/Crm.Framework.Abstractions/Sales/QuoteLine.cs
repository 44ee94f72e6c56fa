namespace Crm.Framework.Sales;

/// <summary>
/// One line of a quote or order: a catalogue product or a free-text item, with its computed amounts
/// (each rounded to 2 decimals, midpoint away from zero; see docs/sales.md).
/// </summary>
public sealed record QuoteLine
{
    /// <summary>The line number, from 1.</summary>
    public int No { get; init; }
    /// <summary>The product key, or null for a free-text line.</summary>
    public string? Product { get; init; }
    /// <summary>What is sold, as printed: the product name or the free text.</summary>
    public required string Description { get; init; }
    /// <summary>How many units.</summary>
    public decimal Quantity { get; init; }
    /// <summary>The unit, e.g. <c>month</c>, when the product has one.</summary>
    public string? Unit { get; init; }
    /// <summary>The price of one unit, in the quote's currency.</summary>
    public decimal UnitPrice { get; init; }
    /// <summary>The line discount, if any.</summary>
    public Discount? Discount { get; init; }
    /// <summary>The tax rate, 0 to 1.</summary>
    public decimal TaxRate { get; init; }
    /// <summary>Quantity × unit price.</summary>
    public decimal Gross { get; init; }
    /// <summary>The line discount in money.</summary>
    public decimal DiscountAmount { get; init; }
    /// <summary>Gross less the line discount: what the line adds to the subtotal.</summary>
    public decimal Net { get; init; }
    /// <summary>This line's share of the quote-level discount.</summary>
    public decimal QuoteDiscountShare { get; init; }
    /// <summary>Tax on net less the quote discount share.</summary>
    public decimal Tax { get; init; }
}
