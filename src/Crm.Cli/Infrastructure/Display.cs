using System.Globalization;
using Crm.Framework;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Spectre.Console;

namespace Crm.Cli.Infrastructure;

/// <summary>How values look in tables: money with thousands separators, dates short, sensitive values masked.</summary>
public static class Display
{
    /// <summary><c>250,000.00 EUR</c>.</summary>
    public static string Money(Money money) => $"{money.Amount.ToString("N2", CultureInfo.InvariantCulture)} {money.Currency}";

    /// <summary><c>250,000.00</c>.</summary>
    public static string Amount(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary><c>2026-01-15 09:00</c> in UTC.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for Spectre markup.</summary>
    public static string Esc(string? text) => Markup.Escape(text ?? "");

    /// <summary>A field value as shown: sensitive values masked unless <paramref name="reveal"/>.</summary>
    public static string FieldValue(FieldDefinition? field, object value, bool reveal)
    {
        var text = FieldValues.Format(value);
        if (reveal || field?.Sensitivity != Sensitivity.Sensitive) return text;
        return text.Length <= 4 ? "****" : new string('*', text.Length - 4) + text[^4..];
    }

    /// <summary>The values of <paramref name="fields"/> with labels, in declaration order, masked as needed.</summary>
    public static IEnumerable<(string Label, string Value)> Fields(CrmSchema schema, FieldTarget target, FieldValues fields, bool reveal) =>
        fields.Select(pair =>
        {
            var field = schema.FindField(target, pair.Key);
            return (field?.Label ?? pair.Key, FieldValue(field, pair.Value, reveal));
        });

    /// <summary>A copy of field values with sensitive ones masked, for JSON output.</summary>
    public static IReadOnlyDictionary<string, object> MaskedFields(CrmSchema schema, FieldTarget target, FieldValues fields, bool reveal) =>
        fields.ToDictionary(p => p.Key, p =>
        {
            var field = schema.FindField(target, p.Key);
            return reveal || field?.Sensitivity != Sensitivity.Sensitive ? p.Value : FieldValue(field, p.Value, reveal);
        });
}
