namespace Crm.Framework.Sales;

/// <summary>
/// Prices a quote with exact decimal arithmetic. Every amount is rounded per line to 2 decimals, midpoint
/// away from zero, and totals are sums of rounded line amounts, so the printed lines always add up:
/// <list type="number">
/// <item>gross = round(quantity × unit price); line discount = round(gross × percent / 100) or the amount; net = gross − line discount;</item>
/// <item>subtotal = Σ net; the quote discount (round(subtotal × percent / 100), or the amount, at most the subtotal)
/// is shared over the lines in proportion to their net, each share rounded, the last line taking the remainder;</item>
/// <item>tax = round((net − share) × tax rate) per line; total = subtotal − discount + Σ tax.</item>
/// </list>
/// </summary>
public static class QuotePricing
{
    /// <summary>Rounds to 2 decimals, midpoint away from zero.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>A line with <see cref="QuoteLine.Gross"/>, <see cref="QuoteLine.DiscountAmount"/> and <see cref="QuoteLine.Net"/> computed.</summary>
    /// <exception cref="BusinessRuleException">An amount discount is larger than the line.</exception>
    public static QuoteLine PriceLine(QuoteLine line)
    {
        var gross = Round(line.Quantity * line.UnitPrice);
        var discount = line.Discount switch
        {
            null => 0m,
            { Kind: DiscountKind.Percent } d => Round(gross * d.Value / 100m),
            { } d => Round(d.Value),
        };
        if (discount > gross)
            throw new BusinessRuleException($"The discount {line.Discount} on line '{line.Description}' is more than the line's {gross:0.00}; give a smaller discount or a percentage.");
        return line with { Gross = gross, DiscountAmount = discount, Net = gross - discount };
    }

    /// <summary>
    /// <paramref name="quote"/> with its lines numbered, the quote discount shared and taxed, and its totals set.
    /// An amount discount above the subtotal counts as the subtotal while the quote is a draft (sending it is refused).
    /// </summary>
    public static Quote Price(Quote quote)
    {
        var lines = quote.Lines.Select((l, i) => PriceLine(l) with { No = i + 1 }).ToList();
        var subtotal = lines.Sum(l => l.Net);
        var discount = Math.Min(subtotal, quote.Discount switch
        {
            null => 0m,
            { Kind: DiscountKind.Percent } d => Round(subtotal * d.Value / 100m),
            { } d => Round(d.Value),
        });
        var shared = 0m;
        for (var i = 0; i < lines.Count; i++)
        {
            var share = i == lines.Count - 1 ? discount - shared : subtotal == 0 ? 0m : Round(discount * lines[i].Net / subtotal);
            shared += share;
            lines[i] = lines[i] with { QuoteDiscountShare = share, Tax = Round((lines[i].Net - share) * lines[i].TaxRate) };
        }
        var tax = lines.Sum(l => l.Tax);
        return quote with
        {
            Lines = lines,
            Subtotal = new Money(subtotal, quote.Currency),
            DiscountTotal = new Money(discount, quote.Currency),
            Tax = new Money(tax, quote.Currency),
            Total = new Money(subtotal - discount + tax, quote.Currency),
        };
    }

    /// <summary>The quote discount as asked, before it is limited to the subtotal.</summary>
    public static decimal RequestedDiscount(Quote quote) => quote.Discount switch
    {
        null => 0m,
        { Kind: DiscountKind.Percent } d => Round(quote.Subtotal.Amount * d.Value / 100m),
        { } d => Round(d.Value),
    };
}
