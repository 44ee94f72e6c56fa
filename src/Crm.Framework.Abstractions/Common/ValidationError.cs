namespace Crm.Framework;

/// <summary>One broken rule: the field (or request member), the offending value and the rule it broke.</summary>
/// <param name="Field">The field key or request member, e.g. <c>credit_score</c> or <c>name</c>.</param>
/// <param name="Value">The value as given, for the message; sensitive values are masked by the caller.</param>
/// <param name="Rule">The rule in words, e.g. <c>must be between 300 and 850</c>.</param>
public sealed record ValidationError(string Field, object? Value, string Rule)
{
    /// <inheritdoc />
    public override string ToString() =>
        Value is null ? $"'{Field}' {Rule}" : $"'{Field}' value '{FormatValue(Value)}' {Rule}";

    private static string FormatValue(object value) =>
        value is string[] list ? string.Join(", ", list) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
