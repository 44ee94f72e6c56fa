namespace Crm.Framework.Cases;

/// <summary>
/// When the service desk works, in which SLA time runs: working days, a daily start and end in a time zone,
/// and holidays. Default (<see cref="Standard"/>): Monday to Friday, 09:00–18:00 UTC, no holidays.
/// </summary>
public sealed record BusinessHours
{
    /// <summary>Declares business hours.</summary>
    /// <param name="days">The working days, at least one.</param>
    /// <param name="start">When the working day starts (local time).</param>
    /// <param name="end">When it ends (local time), after <paramref name="start"/>; 00:00 means midnight at the end of the day.</param>
    /// <param name="timeZone">A time zone id such as <c>UTC</c> or <c>Europe/Berlin</c>.</param>
    /// <exception cref="ArgumentException">No working day, the end is not after the start, or the time zone is unknown.</exception>
    public BusinessHours(IReadOnlyList<DayOfWeek> days, TimeOnly start, TimeOnly end, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0) throw new ArgumentException("Business hours need at least one working day.", nameof(days));
        if (end <= start && end != TimeOnly.MinValue) throw new ArgumentException($"The working day must end after it starts ({start:HH\\:mm}–{end:HH\\:mm}).", nameof(end));
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            throw new ArgumentException($"Time zone '{timeZone}' is not known; use an id such as UTC or Europe/Berlin.", nameof(timeZone));
        Days = days.Distinct().Order().ToList();
        Start = start;
        End = end;
        TimeZone = timeZone;
    }

    /// <summary>Every day, all day (00:00–24:00) in <paramref name="timeZone"/>: for a service that never closes.</summary>
    public static BusinessHours AroundTheClock(string timeZone = "UTC") => new(Enum.GetValues<DayOfWeek>(), TimeOnly.MinValue, TimeOnly.MinValue, timeZone);

    /// <summary>True when the working day runs to midnight (<see cref="End"/> is 00:00).</summary>
    public bool EndsAtMidnight => End == TimeOnly.MinValue;

    /// <summary>Monday to Friday, 09:00–18:00 UTC.</summary>
    public static BusinessHours Standard { get; } = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(9, 0), new TimeOnly(18, 0));

    /// <summary>The working days.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; }

    /// <summary>When the working day starts, local time.</summary>
    public TimeOnly Start { get; }

    /// <summary>When the working day ends, local time; 00:00 is midnight at the end of the day.</summary>
    public TimeOnly End { get; }

    /// <summary>The time zone id.</summary>
    public string TimeZone { get; }

    /// <summary>Days off that fall on working days (public holidays). Default none.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    /// <summary>The length of one working day, e.g. 9 hours: what "one business day" of a target means.</summary>
    public TimeSpan WorkingDay => (EndsAtMidnight ? TimeSpan.FromDays(1) : End.ToTimeSpan()) - Start.ToTimeSpan();
}
