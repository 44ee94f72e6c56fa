using System.Globalization;
using Crm.Framework.Sales;
using Scriban.Runtime;

namespace Crm.Framework.Documents;

/// <summary>
/// The <c>quote</c> a template sees: <c>quote.number</c>, <c>quote.valid_until</c>, <c>quote.lines</c> (each with
/// <c>description</c>, <c>quantity</c>, <c>unit_price</c>, <c>net</c>, <c>tax</c> and <c>*_text</c> forms) and the totals
/// <c>subtotal</c>, <c>discount</c>, <c>tax</c>, <c>total</c> as numbers and as <c>*_text</c> (<c>1,234.50 EUR</c>).
/// </summary>
public static class QuoteModel
{
    /// <summary>The read-only model of <paramref name="quote"/>.</summary>
    public static ScriptObject Build(Quote quote) => DocumentModel.ReadOnly(new ScriptObject
    {
        ["id"] = quote.Id,
        ["number"] = quote.Number,
        ["status"] = SalesRecords.Text(quote.Status),
        ["valid_until"] = quote.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["currency"] = quote.Currency,
        ["notes"] = quote.Notes,
        ["discount_rule"] = quote.Discount?.ToString(),
        ["lines"] = DocumentModel.Array(quote.Lines.Select(Line)),
        ["subtotal"] = quote.Subtotal.Amount,
        ["subtotal_text"] = Text(quote.Subtotal),
        ["discount"] = quote.DiscountTotal.Amount,
        ["discount_text"] = Text(quote.DiscountTotal),
        ["tax"] = quote.Tax.Amount,
        ["tax_text"] = Text(quote.Tax),
        ["total"] = quote.Total.Amount,
        ["total_text"] = Text(quote.Total),
    });

    private static ScriptObject Line(QuoteLine l) => DocumentModel.ReadOnly(new ScriptObject
    {
        ["no"] = l.No,
        ["product"] = l.Product,
        ["description"] = l.Description,
        ["quantity"] = l.Quantity,
        ["quantity_text"] = l.Quantity.ToString("0.##", CultureInfo.InvariantCulture) + (l.Unit is null ? "" : $" {l.Unit}"),
        ["unit"] = l.Unit,
        ["unit_price"] = l.UnitPrice,
        ["unit_price_text"] = Amount(l.UnitPrice),
        ["discount_rule"] = l.Discount?.ToString(),
        ["discount"] = l.DiscountAmount,
        ["discount_text"] = Amount(l.DiscountAmount),
        ["net"] = l.Net,
        ["net_text"] = Amount(l.Net),
        ["tax_rate"] = l.TaxRate,
        ["tax_rate_text"] = (l.TaxRate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        ["tax"] = l.Tax,
        ["tax_text"] = Amount(l.Tax),
    });

    private static string Amount(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string Text(Money money) => $"{Amount(money.Amount)} {money.Currency}";
}
