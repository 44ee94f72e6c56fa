using System.Globalization;

namespace Crm.Framework;

/// <summary>An amount of money in one ISO 4217 currency.</summary>
/// <param name="Amount">The amount; never a floating-point number.</param>
/// <param name="Currency">The three-letter ISO 4217 code, upper case (e.g. <c>EUR</c>).</param>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>Creates money after checking that <paramref name="currency"/> looks like an ISO 4217 code.</summary>
    /// <exception cref="CrmValidationException">The currency is not three letters.</exception>
    public static Money Of(decimal amount, string currency)
    {
        var code = NormalizeCurrency(currency);
        return new Money(amount, code);
    }

    /// <summary>Parses <c>"1500.00 EUR"</c> (amount, space, currency), as money is written on the command line and stored in fields.</summary>
    public static bool TryParse(string? text, out Money money)
    {
        money = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return false;
        if (!decimal.TryParse(parts[0], AmountStyle, CultureInfo.InvariantCulture, out var amount)) return false;
        if (!IsCurrencyCode(parts[1])) return false;
        money = new Money(amount, parts[1].ToUpperInvariant());
        return true;
    }

    /// <summary>
    /// How amounts and numbers are read: a sign, digits and a decimal point. No thousands separators, because
    /// .NET does not check their grouping and would read a decimal comma such as <c>1,5</c> as 15.
    /// </summary>
    public const NumberStyles AmountStyle = NumberStyles.Number & ~NumberStyles.AllowThousands;

    /// <summary>True when <paramref name="code"/> is three ASCII letters.</summary>
    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetter);

    /// <summary>Upper-cases a currency code, or throws a validation error naming it.</summary>
    public static string NormalizeCurrency(string? currency) =>
        IsCurrencyCode(currency)
            ? currency!.ToUpperInvariant()
            : throw new CrmValidationException("currency", currency, "must be a three-letter ISO 4217 code such as EUR or USD");

    /// <summary>The canonical text form: invariant amount with two decimals, a space, the currency.</summary>
    public override string ToString() => $"{Amount.ToString("0.00", CultureInfo.InvariantCulture)} {Currency}";
}
