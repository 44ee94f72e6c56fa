namespace Crm.Framework.Cases;

/// <summary>
/// Business-time arithmetic over <see cref="BusinessHours"/>: adding business time to an instant (across nights,
/// weekends, holidays and daylight-saving changes of the time zone) and measuring business time between two instants.
/// </summary>
public sealed class BusinessCalendar
{
    // Ten years without a working day means the hours are misconfigured (e.g. every day a holiday).
    private const int MaxDays = 3660;
    private readonly BusinessHours _hours;
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DateOnly> _holidays;

    /// <summary>A calendar over <paramref name="hours"/>.</summary>
    public BusinessCalendar(BusinessHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        _hours = hours;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);
        _holidays = [.. hours.Holidays];
    }

    /// <summary>The instant when <paramref name="businessTime"/> of working time after <paramref name="start"/> has passed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTime"/> is negative.</exception>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        if (businessTime == TimeSpan.Zero) return start;
        var left = businessTime;
        var day = LocalDate(start);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (Window(day) is not { } window) continue;
            var from = window.Open > start ? window.Open : start;
            if (from >= window.Close) continue;
            var available = window.Close - from;
            if (left <= available) return from + left;
            left -= available;
        }
        throw new InvalidOperationException($"The business hours in {_hours.TimeZone} have no working day within ten years; check the working days and holidays.");
    }

    /// <summary>The working time between <paramref name="from"/> and <paramref name="to"/>; zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from) return total;
        for (var day = LocalDate(from); day <= LocalDate(to); day = day.AddDays(1))
        {
            if (Window(day) is not { } window) continue;
            var start = window.Open > from ? window.Open : from;
            var end = window.Close < to ? window.Close : to;
            if (end > start) total += end - start;
        }
        return total;
    }

    /// <summary>True when <paramref name="at"/> falls in working time.</summary>
    public bool IsWorkingTime(DateTimeOffset at) => Window(LocalDate(at)) is { } w && at >= w.Open && at < w.Close;

    private (DateTimeOffset Open, DateTimeOffset Close)? Window(DateOnly day) =>
        !_hours.Days.Contains(day.DayOfWeek) || _holidays.Contains(day)
            ? null
            : (At(day, _hours.Start), _hours.EndsAtMidnight ? At(day.AddDays(1), TimeOnly.MinValue) : At(day, _hours.End));

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // A time skipped by a daylight-saving change starts the day at the first moment after the gap.
        while (_zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _zone).DateTime);
}
