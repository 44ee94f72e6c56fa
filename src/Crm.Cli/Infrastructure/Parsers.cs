using System.CommandLine.Parsing;
using System.Globalization;

namespace Crm.Cli.Infrastructure;

/// <summary>Option parsers whose errors say what to type, instead of naming .NET types.</summary>
public static class Parsers
{
    /// <summary>An ISO 8601 date and time, e.g. <c>2026-01-15T09:30</c> (UTC unless an offset is given).</summary>
    public static DateTimeOffset? Timestamp(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        result.AddError($"'{text}' is not a date and time; write it like 2026-01-15T09:30 or 2026-01-15T09:30+02:00.");
        return null;
    }

    /// <summary>A calendar date written <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly? Date(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        result.AddError($"'{text}' is not a date; write it as yyyy-MM-dd, e.g. 2026-03-31.");
        return null;
    }
}
