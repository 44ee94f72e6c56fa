namespace Crm.Framework.Activities;

/// <summary>
/// When the occurrences of a recurring activity fall. Every occurrence is counted from the series' first one
/// (the anchor) rather than from the previous one, so a monthly series on the 31st falls on the last day of
/// a shorter month and returns to the 31st afterwards.
/// </summary>
public static class Recurrences
{
    /// <summary>The due time of occurrence <paramref name="occurrence"/> (1 = the anchor itself).</summary>
    public static DateTimeOffset DueOf(Recurrence recurrence, DateTimeOffset anchor, int occurrence)
    {
        var steps = (occurrence - 1) * recurrence.Interval;
        return recurrence.Frequency switch
        {
            RepeatFrequency.Daily => anchor.AddDays(steps),
            RepeatFrequency.Weekly => anchor.AddDays(7 * steps),
            // AddMonths from the anchor keeps its day, or takes the month's last day when the month is shorter.
            _ => anchor.AddMonths(steps),
        };
    }

    /// <summary>True when occurrence <paramref name="occurrence"/>, due at <paramref name="due"/>, is within the series' end.</summary>
    public static bool Allows(Recurrence recurrence, int occurrence, DateTimeOffset due) =>
        (recurrence.Count is not { } count || occurrence <= count)
        && (recurrence.Until is not { } until || DateOnly.FromDateTime(due.UtcDateTime) <= until);

    /// <summary>The occurrence after <paramref name="activity"/>'s, or null when the series ends with it.</summary>
    public static (int Occurrence, DateTimeOffset Due)? NextOf(Activity activity)
    {
        if (activity.Recurrence is not { } recurrence || activity.SeriesStart is not { } anchor) return null;
        var next = activity.Occurrence + 1;
        var due = DueOf(recurrence, anchor, next);
        return Allows(recurrence, next, due) ? (next, due) : null;
    }
}
