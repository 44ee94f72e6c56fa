using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Cli.Infrastructure;

/// <summary>Spans written as people say them: <c>30m</c>, <c>1h</c>, <c>1h30m</c>, <c>2d</c>.</summary>
public static partial class Durations
{
    /// <summary>An option parser for a span such as <c>30m</c> or <c>1h30m</c>.</summary>
    public static TimeSpan? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (TryParse(text, out var span)) return span;
        result.AddError($"'{text}' is not a length of time; write it like 30m, 1h, 1h30m or 2d.");
        return null;
    }

    /// <summary>Reads <c>2d</c>, <c>1h30m</c>, <c>45m</c> (and a plain number as minutes).</summary>
    public static bool TryParse(string text, out TimeSpan span)
    {
        span = TimeSpan.Zero;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 0) return false;
        if (match.Groups["plain"].Success) { span = TimeSpan.FromMinutes(int.Parse(match.Groups["plain"].Value, CultureInfo.InvariantCulture)); return true; }
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        span = new TimeSpan(Part("d"), Part("h"), Part("m"), 0);
        return true;
    }

    /// <summary><c>1h30m</c>, <c>15m</c>, <c>2d</c>.</summary>
    public static string Format(TimeSpan span)
    {
        var text = (span.Days > 0 ? $"{span.Days}d" : "") + (span.Hours > 0 ? $"{span.Hours}h" : "") + (span.Minutes > 0 ? $"{span.Minutes}m" : "");
        return text.Length == 0 ? "0m" : text;
    }

    [GeneratedRegex(@"^(?:(?<plain>\d{1,5})|(?:(?<d>\d{1,3})d)?(?:(?<h>\d{1,3})h)?(?:(?<m>\d{1,5})m)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
