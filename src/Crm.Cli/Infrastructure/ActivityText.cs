using System.CommandLine.Parsing;
using Crm.Framework.Activities;

namespace Crm.Cli.Infrastructure;

/// <summary>Activity values as people write and read them: <c>follow_up</c>, <c>every 2 weeks until 2026-03-31</c>.</summary>
public static class ActivityText
{
    /// <summary>Parses <c>call</c>, <c>meeting</c>, <c>task</c> or <c>follow_up</c> (also <c>follow-up</c>).</summary>
    public static ActivityKind ParseKind(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Enum.TryParse<ActivityKind>(text.Replace("_", "").Replace("-", ""), ignoreCase: true, out var kind) && Enum.IsDefined(kind)) return kind;
        result.AddError($"'{text}' is not a kind of activity; use call, meeting, task or follow_up.");
        return default;
    }

    /// <summary><c>follow_up</c>.</summary>
    public static string Kind(ActivityKind kind) => ActivityRecords.Text(kind);

    /// <summary><c>open</c>, <c>done</c>, <c>cancelled</c>.</summary>
    public static string Status(ActivityStatus status) => ActivityRecords.Text(status);

    /// <summary><c> due 2026-01-16 10:00</c>, or nothing.</summary>
    public static string When(Activity activity) => activity.Due is { } due ? $" due {Display.Time(due)}" : "";

    /// <summary><c>every 2 weeks until 2026-03-31 (occurrence 1)</c>, or null.</summary>
    public static string? Repeat(Activity activity)
    {
        if (activity.Recurrence is not { } r) return null;
        var unit = r.Frequency switch { RepeatFrequency.Daily => "day", RepeatFrequency.Weekly => "week", _ => "month" };
        var every = r.Interval == 1 ? $"every {unit}" : $"every {r.Interval} {unit}s";
        var until = r.Until is { } u ? $" until {u:yyyy-MM-dd}" : "";
        var count = r.Count is { } c ? $", {c} times" : "";
        return $"{every}{until}{count} (occurrence {activity.Occurrence})";
    }
}
