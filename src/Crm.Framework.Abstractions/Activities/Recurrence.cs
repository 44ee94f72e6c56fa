namespace Crm.Framework.Activities;

/// <summary>How often a recurring activity repeats.</summary>
public enum RepeatFrequency
{
    /// <summary>Every <see cref="Recurrence.Interval"/> days.</summary>
    Daily,
    /// <summary>Every <see cref="Recurrence.Interval"/> weeks, on the weekday of the first occurrence.</summary>
    Weekly,
    /// <summary>
    /// Every <see cref="Recurrence.Interval"/> months on the day of the first occurrence, or the month's last day
    /// when it is shorter (31 Jan → 28/29 Feb → 31 Mar).
    /// </summary>
    Monthly,
}

/// <summary>
/// How an activity repeats. Occurrences are counted from the first one (the series' anchor), so a monthly
/// series keeps its day even after a short month. The series ends after <see cref="Until"/> or <see cref="Count"/>
/// occurrences, whichever comes first; with neither it goes on.
/// </summary>
/// <param name="Frequency">Daily, weekly or monthly.</param>
/// <param name="Interval">Every how many days, weeks or months; at least 1.</param>
public sealed record Recurrence(RepeatFrequency Frequency, int Interval = 1)
{
    /// <summary>The last date (UTC) an occurrence may fall on, inclusive.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>How many occurrences there are in all, the first included.</summary>
    public int? Count { get; init; }
}
