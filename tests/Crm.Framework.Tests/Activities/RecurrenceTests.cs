using Crm.Framework.Activities;
using Crm.Framework.Storage;

namespace Crm.Framework.Tests.Activities;

public sealed class RecurrenceTests
{
    private static readonly DateTimeOffset Jan31 = new(2026, 1, 31, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2, "2026-02-28")]
    [InlineData(3, "2026-03-31")]
    [InlineData(4, "2026-04-30")]
    [InlineData(5, "2026-05-31")]
    public void A_monthly_series_on_the_31st_takes_the_last_day_of_short_months_and_keeps_its_day_after(int occurrence, string expected)
    {
        var due = Recurrences.DueOf(new Recurrence(RepeatFrequency.Monthly), Jan31, occurrence);

        Assert.Equal(expected, due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Jan31.TimeOfDay, due.TimeOfDay);
    }

    [Fact]
    public void In_a_leap_year_the_31_January_series_falls_on_29_February()
    {
        var due = Recurrences.DueOf(new Recurrence(RepeatFrequency.Monthly), new DateTimeOffset(2028, 1, 31, 9, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal(new DateTimeOffset(2028, 2, 29, 9, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public async Task Completing_each_occurrence_of_a_monthly_series_schedules_the_next_keeping_the_anchor_day_until_the_count_ends()
    {
        var scheduled = new List<ActivityScheduled>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(scheduled));
        var first = await crm.Send(new ScheduleActivity
        {
            Subject = "Monthly review", Kind = ActivityKind.Meeting, Due = Jan31,
            Recurrence = new Recurrence(RepeatFrequency.Monthly) { Count = 3 },
        });

        var one = await crm.Send(new CompleteActivity { ActivityId = first.Id, Outcome = "ok" });
        var second = crm.Store.GetRecord(ActivityRecords.Kind, one.NextOccurrenceId!)!;
        var two = await crm.Send(new CompleteActivity { ActivityId = second.Id });
        var third = crm.Store.GetRecord(ActivityRecords.Kind, two.NextOccurrenceId!)!;
        var three = await crm.Send(new CompleteActivity { ActivityId = third.Id });

        Assert.Equal((new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero), 2, first.Id), (second.Due, second.Occurrence, second.SeriesId));
        Assert.Equal((new DateTimeOffset(2026, 3, 31, 9, 0, 0, TimeSpan.Zero), 3), (third.Due, third.Occurrence));
        Assert.Equal(ActivityStatus.Open, second.Status);
        Assert.Null(second.Outcome);
        Assert.Null(three.NextOccurrenceId);
        Assert.Equal(3, scheduled.Count);
        Assert.Equal(3, crm.Store.FindRecords(ActivityRecords.Kind, new RecordKey("series", first.Id)).Count);
    }

    [Fact]
    public async Task A_weekly_series_ends_at_its_until_date_and_cancelling_the_whole_series_schedules_nothing()
    {
        await using var crm = TestCrm.Create();
        var monday = new DateTimeOffset(2026, 1, 19, 8, 0, 0, TimeSpan.Zero);
        var standup = await crm.Send(new ScheduleActivity
        {
            Subject = "Team call", Kind = ActivityKind.Call, Due = monday,
            Recurrence = new Recurrence(RepeatFrequency.Weekly, 2) { Until = new DateOnly(2026, 2, 2) },
        });

        var first = await crm.Send(new CancelActivity { ActivityId = standup.Id, Reason = "holiday" });
        var second = crm.Store.GetRecord(ActivityRecords.Kind, first.NextOccurrenceId!)!;
        var last = await crm.Send(new CompleteActivity { ActivityId = second.Id });

        Assert.Equal(ActivityStatus.Cancelled, first.Status);
        Assert.Equal("holiday", first.CancelReason);
        Assert.Equal(new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero), second.Due);
        Assert.Null(last.NextOccurrenceId);

        var daily = await crm.Send(new ScheduleActivity { Subject = "Check queue", Due = monday, Recurrence = new Recurrence(RepeatFrequency.Daily) });
        var stopped = await crm.Send(new CancelActivity { ActivityId = daily.Id, WholeSeries = true });
        Assert.Null(stopped.NextOccurrenceId);
        Assert.Single(crm.Store.FindRecords(ActivityRecords.Kind, new RecordKey("series", daily.Id)));
    }
}
