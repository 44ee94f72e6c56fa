using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace Crm.Framework.Fields;

/// <summary>
/// The custom field values of one record, keyed by field key. Values are canonical primitives:
/// <see cref="string"/> (text, choice, email, phone, url, reference, date as <c>yyyy-MM-dd</c>,
/// money as <c>1500.00 EUR</c>), <see cref="decimal"/>, <see cref="bool"/> and string arrays for multi-choice.
/// Immutable: every change returns a new instance.
/// </summary>
public sealed class FieldValues : IReadOnlyDictionary<string, object>
{
    private readonly ImmutableSortedDictionary<string, object> _values;

    private FieldValues(ImmutableSortedDictionary<string, object> values) => _values = values;

    /// <summary>No values.</summary>
    public static FieldValues Empty { get; } = new(ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Creates values from canonical primitives (see the type remarks).</summary>
    public static FieldValues From(IEnumerable<KeyValuePair<string, object>> values) =>
        values.Aggregate(Empty, (acc, pair) => acc.With(pair.Key, pair.Value));

    /// <summary>Returns a copy with <paramref name="key"/> set to <paramref name="value"/>; null removes it.</summary>
    public FieldValues With(string key, object? value) =>
        value is null ? Without(key) : new FieldValues(_values.SetItem(key, value));

    /// <summary>Returns a copy without <paramref name="key"/>.</summary>
    public FieldValues Without(string key) => new(_values.Remove(key));

    /// <summary>Returns a copy with every value of <paramref name="other"/> set over these.</summary>
    public FieldValues Merge(FieldValues other) => other.Aggregate(this, (acc, pair) => acc.With(pair.Key, pair.Value));

    /// <summary>The value as text (any type formats to its canonical text), or null when absent.</summary>
    public string? GetText(string key) => _values.TryGetValue(key, out var value) ? Format(value) : null;

    /// <summary>The value of a number field, or null.</summary>
    public decimal? GetNumber(string key) => _values.TryGetValue(key, out var value) && value is decimal d ? d : null;

    /// <summary>The value of a money field, or null.</summary>
    public Money? GetMoney(string key) => Money.TryParse(GetText(key), out var money) ? money : null;

    /// <summary>The value of a date field, or null.</summary>
    public DateOnly? GetDate(string key) =>
        DateOnly.TryParseExact(GetText(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The value of a boolean field, or null.</summary>
    public bool? GetBoolean(string key) => _values.TryGetValue(key, out var value) && value is bool b ? b : null;

    /// <summary>Formats a canonical value as invariant text; arrays join with <c>", "</c>.</summary>
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        string[] list => string.Join(", ", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <inheritdoc />
    public object this[string key] => _values[key];
    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;
    /// <inheritdoc />
    public IEnumerable<object> Values => _values.Values;
    /// <inheritdoc />
    public int Count => _values.Count;
    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    /// <inheritdoc />
    public bool TryGetValue(string key, out object value) => _values.TryGetValue(key, out value!);
    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
