using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Framework.Fields;

/// <summary>
/// Turns one raw value (text from a command line or form, or a typed .NET value from code) into the
/// canonical primitive stored for a field, checking the field's type and constraints. Pure; no state.
/// </summary>
public static class FieldValueParser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Parses <paramref name="raw"/> for <paramref name="field"/>; on failure returns false and the rule broken.</summary>
    public static bool TryParse(FieldDefinition field, object raw, out object? value, out string? rule)
    {
        value = null;
        rule = ParseByType(field, raw, ref value) ?? CheckConstraints(field, value!);
        if (rule is not null) value = null;
        return rule is null;
    }

    private static string? ParseByType(FieldDefinition field, object raw, ref object? value)
    {
        var text = raw as string;
        switch (field.Type)
        {
            case FieldType.Text:
                value = Convert.ToString(raw, CultureInfo.InvariantCulture)?.Trim() ?? "";
                return null;
            case FieldType.Number:
                decimal? number = raw switch
                {
                    decimal d => d,
                    int or long or short or byte => Convert.ToDecimal(raw, CultureInfo.InvariantCulture),
                    double or float => ToDecimal(raw),
                    string s when decimal.TryParse(s.Trim(), Money.AmountStyle, CultureInfo.InvariantCulture, out var d) => d,
                    _ => null,
                };
                // One canonical form per number: 720, 720.0 and 720.00 are the same value, stored, found and audited alike.
                value = number is { } n ? n / 1.0000000000000000000000000000m : null;
                return value is null ? "must be a number (e.g. 42 or 3.75)" : null;
            case FieldType.Money:
                // Typed money can be built without Money.Of, so its currency is checked and upper-cased like text.
                if (raw is Money m && Money.IsCurrencyCode(m.Currency)) { value = new Money(m.Amount, m.Currency.ToUpperInvariant()).ToString(); return null; }
                if (Money.TryParse(text, out var money)) { value = money.ToString(); return null; }
                return "must be an amount and a currency, e.g. '1500.00 EUR'";
            case FieldType.Date:
                if (raw is DateOnly date) { value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); return null; }
                if (raw is DateTime dt) { value = DateOnly.FromDateTime(dt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); return null; }
                if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                {
                    value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return null;
                }
                return "must be a date written yyyy-MM-dd";
            case FieldType.Boolean:
                value = raw switch
                {
                    bool b => b,
                    string s when s.Trim().ToLowerInvariant() is "true" or "yes" or "1" => true,
                    string s when s.Trim().ToLowerInvariant() is "false" or "no" or "0" => false,
                    _ => null,
                };
                return value is null ? "must be true or false" : null;
            case FieldType.Choice:
                var choice = MatchChoice(field, Convert.ToString(raw, CultureInfo.InvariantCulture)?.Trim() ?? "");
                value = choice;
                return choice is null ? $"must be one of: {string.Join(", ", field.Constraints.Choices)}" : null;
            case FieldType.MultiChoice:
                var items = raw switch
                {
                    string s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    IEnumerable<string> list => list.Select(i => i.Trim()).ToArray(),
                    _ => null,
                };
                if (items is null) return "must be a list of choices separated by commas";
                var matched = items.Select(i => MatchChoice(field, i)).ToArray();
                if (matched.Any(i => i is null)) return $"must only contain: {string.Join(", ", field.Constraints.Choices)}";
                value = matched.Distinct().ToArray();
                return null;
            case FieldType.Email:
                var email = text?.Trim().ToLowerInvariant();
                value = email;
                return ContactRules.IsEmail(email) ? null : "must be an email address like name@example.com";
            case FieldType.Phone:
                var phone = ContactRules.NormalizePhone(text);
                value = phone;
                return phone is null ? "must be a phone number like +44 20 7946 0018" : null;
            case FieldType.Url:
                value = text?.Trim();
                return Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                    ? null : "must be an absolute http(s) URL";
            case FieldType.Reference:
                value = text?.Trim();
                return string.IsNullOrEmpty(value as string) ? "must be a record id" : null;
            default:
                return $"has an unsupported type {field.Type}";
        }
    }

    /// <summary>A value that makes the pattern run past the timeout (catastrophic backtracking) is refused, not thrown.</summary>
    private static bool MatchesWithin(string text, string pattern)
    {
        try { return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, RegexTimeout); }
        catch (RegexMatchTimeoutException) { return false; }
    }

    /// <summary>NaN, infinities and floating-point numbers beyond decimal's range are not numbers a field can hold.</summary>
    private static decimal? ToDecimal(object floatingPoint)
    {
        try { return Convert.ToDecimal(floatingPoint, CultureInfo.InvariantCulture); }
        catch (OverflowException) { return null; }
    }

    private static string? MatchChoice(FieldDefinition field, string item) =>
        field.Constraints.Choices.FirstOrDefault(c => string.Equals(c, item, StringComparison.OrdinalIgnoreCase));

    private static string? CheckConstraints(FieldDefinition field, object value)
    {
        var c = field.Constraints;
        decimal? amount = value switch
        {
            decimal d => d,
            string s when field.Type == FieldType.Money && Money.TryParse(s, out var m) => m.Amount,
            _ => null,
        };
        if (amount is { } a)
        {
            if (c.Min is { } min && c.Max is { } max && (a < min || a > max)) return $"must be between {min} and {max}";
            if (c.Min is { } lo && a < lo) return $"must be at least {lo}";
            if (c.Max is { } hi && a > hi) return $"must be at most {hi}";
        }
        if (field.Type == FieldType.Money && c.Currency is { } currency && value is string ms && Money.TryParse(ms, out var money)
            && !string.Equals(money.Currency, currency, StringComparison.OrdinalIgnoreCase))
            return $"must be in {currency}";
        if (value is string text && field.Type is FieldType.Text or FieldType.Reference or FieldType.Url or FieldType.Email or FieldType.Phone)
        {
            if (c.MinLength is { } minLength && text.Length < minLength) return $"must be at least {minLength} characters long";
            if (c.MaxLength is { } maxLength && text.Length > maxLength) return $"must be at most {maxLength} characters long";
            if (c.Pattern is { } pattern && !MatchesWithin(text, pattern))
                return $"must be {c.PatternDescription ?? $"in the form {pattern}"}";
        }
        return null;
    }
}
