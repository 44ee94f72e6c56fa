using Crm.Framework.Cases;

namespace Crm.Framework.Tests.Cases;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Standard = new(BusinessHours.Standard);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(15, 9, 60, 15, 10, 0)]     // Thursday morning, within the day
    [InlineData(15, 9, 540, 15, 18, 0)]    // a whole working day ends at the close, not next morning
    [InlineData(15, 17, 120, 16, 10, 0)]   // across the night
    [InlineData(16, 17, 120, 19, 10, 0)]   // Friday evening across the weekend to Monday
    [InlineData(17, 12, 60, 19, 10, 0)]    // started on a Saturday: the clock starts Monday 09:00
    [InlineData(15, 20, 30, 16, 9, 30)]    // started after hours: the clock starts next morning
    public void Adding_business_minutes_skips_nights_and_weekends(int day, int hour, int minutes, int dueDay, int dueHour, int dueMinute)
    {
        var due = Standard.Add(Utc(1, day, hour), TimeSpan.FromMinutes(minutes));

        Assert.Equal(Utc(1, dueDay, dueHour, dueMinute), due);
    }

    [Fact]
    public void Around_the_clock_hours_run_through_midnight_without_a_gap()
    {
        var hours = BusinessHours.AroundTheClock("Europe/Tallinn");
        var calendar = new BusinessCalendar(hours);
        var saturday2300Tallinn = Utc(1, 17, 21);

        Assert.Equal(TimeSpan.FromHours(24), hours.WorkingDay);
        Assert.Equal(saturday2300Tallinn.AddHours(2), calendar.Add(saturday2300Tallinn, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(50), calendar.Between(saturday2300Tallinn, saturday2300Tallinn.AddHours(50)));
        Assert.True(calendar.IsWorkingTime(Utc(1, 17, 22)));  // midnight in Tallinn
    }

    [Fact]
    public void A_late_shift_may_end_at_midnight()
    {
        var calendar = new BusinessCalendar(new BusinessHours([DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(18, 0), TimeOnly.MinValue));

        Assert.Equal(Utc(1, 16, 19), calendar.Add(Utc(1, 15, 23), TimeSpan.FromHours(2)));   // Thursday 23:00 + 2h = Friday 19:00
        Assert.Throws<ArgumentException>(() => new BusinessHours([DayOfWeek.Monday], new TimeOnly(18, 0), new TimeOnly(6, 0)));
    }

    [Fact]
    public void A_holiday_is_skipped_like_a_weekend()
    {
        var calendar = new BusinessCalendar(BusinessHours.Standard with { Holidays = [new DateOnly(2026, 1, 16)] });

        Assert.Equal(Utc(1, 19, 10), calendar.Add(Utc(1, 15, 17), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), calendar.Between(Utc(1, 15, 17), Utc(1, 19, 10)));
    }

    [Fact]
    public void Business_hours_are_local_to_their_time_zone_across_a_daylight_saving_change()
    {
        var berlin = new BusinessCalendar(new BusinessHours(BusinessHours.Standard.Days, new TimeOnly(9, 0), new TimeOnly(18, 0), "Europe/Berlin"));

        // January: Berlin is UTC+1, so 08:00 local is 07:00 UTC and the day opens at 08:00 UTC.
        Assert.Equal(Utc(1, 15, 9), berlin.Add(Utc(1, 15, 7), TimeSpan.FromHours(1)));
        // Friday 27 March 17:00 local (UTC+1) + 2h: one hour Friday, one Monday 30 March 09:00–10:00 local, now UTC+2.
        Assert.Equal(Utc(3, 30, 8), berlin.Add(Utc(3, 27, 16), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Elapsed_business_time_counts_only_working_hours()
    {
        Assert.Equal(TimeSpan.FromHours(2), Standard.Between(Utc(1, 16, 17), Utc(1, 19, 10)));
        Assert.Equal(TimeSpan.FromHours(9 * 5), Standard.Between(Utc(1, 19, 0), Utc(1, 26, 0)));
        Assert.Equal(TimeSpan.Zero, Standard.Between(Utc(1, 17, 8), Utc(1, 18, 23)));
        Assert.Equal(TimeSpan.Zero, Standard.Between(Utc(1, 19, 10), Utc(1, 16, 17)));
    }

    [Theory]
    [InlineData(15, 9, 0, 30)]
    [InlineData(16, 17, 59, 600)]
    [InlineData(17, 3, 0, 2000)]
    [InlineData(19, 12, 34, 5 * 540 + 7)]
    public void Adding_then_measuring_gives_back_the_business_time(int day, int hour, int minute, int minutes)
    {
        var start = Utc(1, day, hour, minute);
        var due = Standard.Add(start, TimeSpan.FromMinutes(minutes));

        Assert.Equal(TimeSpan.FromMinutes(minutes), Standard.Between(start, due));
    }

    [Fact]
    public void Hours_without_a_working_day_that_is_not_a_holiday_fail_with_a_message()
    {
        var holidays = Enumerable.Range(0, 4000).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToList();
        var calendar = new BusinessCalendar(BusinessHours.Standard with { Holidays = holidays });

        var error = Assert.Throws<InvalidOperationException>(() => calendar.Add(Utc(1, 15, 9), TimeSpan.FromHours(1)));
        Assert.Contains("no working day", error.Message);
    }

    [Theory]
    [InlineData("UTC", 18, 9)]
    [InlineData("Mars/Olympus", 9, 18)]
    public void Business_hours_that_end_before_they_start_or_name_an_unknown_zone_are_refused(string zone, int start, int end)
    {
        Assert.Throws<ArgumentException>(() => new BusinessHours([DayOfWeek.Monday], new TimeOnly(start, 0), new TimeOnly(end, 0), zone));
    }
}
