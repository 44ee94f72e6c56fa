using System.Globalization;

namespace Crm.Framework.Sales;

/// <summary>How a discount is given.</summary>
public enum DiscountKind
{
    /// <summary>A percentage of the amount it applies to.</summary>
    Percent,
    /// <summary>A fixed amount in the quote's currency.</summary>
    Amount,
}

/// <summary>A discount on a quote line or a whole quote: <c>10%</c> or <c>25.00</c> (in the quote's currency).</summary>
/// <param name="Value">The percentage (0–100) or the amount (not negative).</param>
/// <param name="Kind">Percent or amount.</param>
public sealed record Discount(decimal Value, DiscountKind Kind)
{
    /// <summary>A percentage discount, e.g. <c>Discount.Percent(10)</c> for 10 %.</summary>
    public static Discount Percent(decimal percent) => new(percent, DiscountKind.Percent);

    /// <summary>A fixed amount off, in the quote's currency.</summary>
    public static Discount Amount(decimal amount) => new(amount, DiscountKind.Amount);

    /// <summary>Reads <c>10%</c> as a percentage and <c>25.00</c> as an amount; false when it is neither.</summary>
    public static bool TryParse(string? text, out Discount? discount)
    {
        discount = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (!decimal.TryParse(percent ? t[..^1].TrimEnd() : t, Money.AmountStyle, CultureInfo.InvariantCulture, out var value)) return false;
        discount = percent ? Percent(value) : Amount(value);
        return true;
    }

    /// <summary>The broken rule when the value is out of range (a percentage outside 0–100, a negative amount), else null.</summary>
    public string? Problem => Kind switch
    {
        DiscountKind.Percent when Value is < 0 or > 100 => "must be a percentage from 0% to 100%",
        DiscountKind.Amount when Value < 0 => "must not be negative",
        _ => null,
    };

    /// <summary><c>10%</c> or <c>25.00</c>.</summary>
    public override string ToString() => Kind == DiscountKind.Percent
        ? $"{Value.ToString("0.##", CultureInfo.InvariantCulture)}%"
        : Value.ToString("0.00", CultureInfo.InvariantCulture);
}
