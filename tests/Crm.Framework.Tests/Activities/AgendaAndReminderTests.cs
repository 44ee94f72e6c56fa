using Crm.Framework.Activities;
using Crm.Framework.Teams;

namespace Crm.Framework.Tests.Activities;

public sealed class AgendaAndReminderTests
{
    private static readonly DateOnly Jan15 = new(2026, 1, 15);

    [Fact]
    public async Task The_agenda_shows_the_users_activities_in_range_and_projects_a_series_future_occurrences()
    {
        await using var crm = TestCrm.Create();
        var now = crm.Clock.GetUtcNow();
        var daily = await crm.Send(new ScheduleActivity
        {
            Subject = "Check queue", Due = now.AddHours(1), Recurrence = new Recurrence(RepeatFrequency.Daily) { Count = 3 },
        });
        var meeting = await crm.Send(new ScheduleActivity { Subject = "Branch meeting", Kind = ActivityKind.Meeting, Due = now.AddDays(1) });
        await crm.Send(new ScheduleActivity { Subject = "Next month", Due = now.AddDays(40) });
        var cancelled = await crm.Send(new ScheduleActivity { Subject = "Called off", Due = now.AddHours(2) });
        await crm.Send(new CancelActivity { ActivityId = cancelled.Id });
        await crm.Send(new ScheduleActivity { Subject = "Maria's", Owner = "maria", Due = now.AddHours(3) });

        var agenda = await crm.Send(new GetAgenda { From = Jan15, To = Jan15.AddDays(7) });

        Assert.Equal(
            [("Check queue", 1, false), ("Branch meeting", 1, false), ("Check queue", 2, true), ("Check queue", 3, true)],
            agenda.Select(e => (e.Activity.Subject, e.Occurrence, e.Projected)));
        Assert.Equal(now.AddDays(2).AddHours(1), agenda[3].At);
        Assert.Equal(daily.Id, agenda[3].Activity.Id);
        Assert.Equal(meeting.Id, agenda[1].Activity.Id);
    }

    [Fact]
    public async Task A_team_agenda_merges_its_members_and_an_unknown_team_lists_the_teams()
    {
        await using var crm = TestCrm.Create(app => app.AddTeam(new TeamDefinition("retail_sales", "Retail sales", ["maria", "tom"])));
        var now = crm.Clock.GetUtcNow();
        await crm.Send(new ScheduleActivity { Subject = "Tom's call", Owner = "tom", Due = now.AddHours(2) });
        await crm.Send(new ScheduleActivity { Subject = "Maria's visit", Owner = "maria", Due = now.AddHours(1) });
        await crm.Send(new ScheduleActivity { Subject = "Mine", Due = now.AddHours(1) });

        var agenda = await crm.Send(new GetAgenda { Team = "retail_sales", From = Jan15, To = Jan15 });

        Assert.Equal(["Maria's visit", "Tom's call"], agenda.Select(e => e.Activity.Subject));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetAgenda { Team = "backoffice", From = Jan15, To = Jan15 }));
        Assert.Contains("known: retail_sales", missing.Message);
        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new GetAgenda { From = Jan15, To = Jan15.AddDays(-1) }));
    }

    [Fact]
    public async Task A_reminder_is_due_at_due_minus_lead_is_delivered_once_and_once_more_when_overdue()
    {
        var overdue = new List<ActivityOverdue>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(overdue));
        var now = crm.Clock.GetUtcNow();
        var call = await crm.Send(new ScheduleActivity { Subject = "Call Ada", Kind = ActivityKind.Call, Due = now.AddMinutes(30), ReminderLead = TimeSpan.FromMinutes(20) });
        await crm.Send(new ScheduleActivity { Subject = "Later", Due = now.AddHours(5) });

        Assert.Empty(await crm.Send(new GetDueReminders()));
        crm.Clock.Advance(TimeSpan.FromMinutes(10));
        var due = Assert.Single(await crm.Send(new GetDueReminders { Owner = "tester" }));
        Assert.Equal((call.Id, now.AddMinutes(10), false), (due.Activity.Id, due.RemindAt, due.Overdue));

        await crm.Send(new AcknowledgeReminders([call.Id]));
        Assert.Empty(await crm.Send(new GetDueReminders()));
        Assert.Empty(overdue);

        crm.Clock.Advance(TimeSpan.FromMinutes(25));
        var late = Assert.Single(await crm.Send(new GetDueReminders()));
        Assert.True(late.Overdue);
        await crm.Send(new AcknowledgeReminders([call.Id]));
        Assert.Empty(await crm.Send(new GetDueReminders()));
        Assert.Equal(call.Id, Assert.Single(overdue).Activity.Id);
        Assert.Empty(await crm.Send(new GetDueReminders { Owner = "maria" }));
    }

    [Fact]
    public async Task Acknowledging_an_unknown_activity_writes_nothing_at_all()
    {
        await using var crm = TestCrm.Create();
        var call = await crm.Send(new ScheduleActivity { Subject = "Call", Due = crm.Clock.GetUtcNow() });

        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new AcknowledgeReminders([call.Id, "ACT-NOPE"])));

        Assert.Null(crm.Store.GetRecord(ActivityRecords.Kind, call.Id)!.RemindedAt);
        Assert.Single(await crm.Send(new GetDueReminders()));
    }
}
