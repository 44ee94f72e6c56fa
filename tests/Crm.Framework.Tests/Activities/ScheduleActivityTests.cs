using Crm.Framework.Activities;
using Crm.Framework.Interactions;
using Crm.Framework.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Activities;

public sealed class ScheduleActivityTests
{
    private static readonly DateTimeOffset Tomorrow10 = new(2026, 1, 16, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScheduleActivity_keeps_a_call_for_the_current_user_about_the_deals_customer()
    {
        var scheduled = new List<ActivityScheduled>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(scheduled));
        var ada = await crm.NewCustomer();
        var loan = await crm.NewLoan(ada.Id);

        var call = await crm.Send(new ScheduleActivity
        {
            Subject = "  Call about the rate ", Kind = ActivityKind.Call, Due = Tomorrow10, Duration = TimeSpan.FromMinutes(30), DealId = loan.Id,
        });

        Assert.StartsWith("ACT-", call.Id);
        Assert.Equal("Call about the rate", call.Subject);
        Assert.Equal("tester", call.Owner);
        Assert.Equal(ada.Id, call.CustomerId);
        Assert.Equal(ActivityStatus.Open, call.Status);
        Assert.Equal(TimeSpan.FromMinutes(15), call.ReminderLead);
        Assert.Equal(1, call.Version);
        Assert.Equal(call, crm.Store.GetRecord(ActivityRecords.Kind, call.Id));
        Assert.Equal(call, Assert.Single(scheduled).Activity);
    }

    [Fact]
    public async Task A_deal_of_another_customer_or_a_missing_customer_is_refused_and_nothing_is_written()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var bob = await crm.NewCustomer("Bob");
        var bobsLoan = await crm.NewLoan(bob.Id);

        var wrong = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new ScheduleActivity { Subject = "Call", CustomerId = ada.Id, DealId = bobsLoan.Id }));
        Assert.Contains($"belongs to customer '{bob.Id}'", wrong.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new ScheduleActivity { Subject = "Call", CustomerId = "C-NOPE" }));
        Assert.Empty(crm.Store.FindRecords(ActivityRecords.Kind));
    }

    [Fact]
    public async Task A_subject_is_required_lengths_must_not_be_negative_and_a_recurring_activity_needs_a_due_time()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new ScheduleActivity
        {
            Subject = " ", Duration = TimeSpan.FromMinutes(-5), ReminderLead = TimeSpan.FromMinutes(-1),
            Recurrence = new Recurrence(RepeatFrequency.Weekly, 0) { Count = 0 },
        }));

        Assert.Equal(["subject", "duration", "remind", "due", "every", "count"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Rescheduling_moves_the_due_time_and_rearms_the_reminder_but_a_done_activity_cannot_be_moved()
    {
        await using var crm = TestCrm.Create();
        var task = await crm.Send(new ScheduleActivity { Subject = "Send the offer", Due = crm.Clock.GetUtcNow().AddMinutes(10) });
        await crm.Send(new AcknowledgeReminders([task.Id]));

        var moved = await crm.Send(new RescheduleActivity { ActivityId = task.Id, Due = Tomorrow10, Owner = "maria" });

        Assert.Equal(Tomorrow10, moved.Due);
        Assert.Equal("maria", moved.Owner);
        Assert.Null(moved.RemindedAt);
        Assert.Equal(3, moved.Version);
        await crm.Send(new CompleteActivity { ActivityId = task.Id });
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new RescheduleActivity { ActivityId = task.Id, Due = Tomorrow10.AddDays(1) }));
        Assert.Equal($"Activity '{task.Id}' is already done; it cannot be rescheduled. Schedule a new one instead.", refused.Message);
    }

    [Fact]
    public async Task Completing_a_call_logs_an_outbound_phone_interaction_on_the_customer_with_the_outcome()
    {
        var completed = new List<ActivityCompleted>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(completed));
        var ada = await crm.NewCustomer();
        var call = await crm.Send(new ScheduleActivity { Subject = "Rate call", Kind = ActivityKind.Call, CustomerId = ada.Id, Due = Tomorrow10 });

        var done = await crm.Send(new CompleteActivity { ActivityId = call.Id, Outcome = "agreed to meet", Notes = "Prefers mornings" });

        Assert.Equal(ActivityStatus.Done, done.Status);
        Assert.Equal("tester", done.CompletedBy);
        Assert.Equal(crm.Clock.GetUtcNow(), done.CompletedAt);
        var logged = Assert.Single(crm.Store.InteractionsOf(ada.Id, 10));
        Assert.Equal(done.InteractionId, logged.Id);
        Assert.Equal(("phone", InteractionDirection.Outbound, "agreed to meet"), (logged.Channel, logged.Direction, logged.Outcome));
        Assert.Equal(done, Assert.Single(completed).Activity);
        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new CompleteActivity { ActivityId = call.Id }));
    }

    [Fact]
    public async Task Completing_a_task_logs_no_interaction_and_an_unknown_activity_is_not_found()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var task = await crm.Send(new ScheduleActivity { Subject = "Prepare papers", CustomerId = ada.Id });

        var done = await crm.Send(new CompleteActivity { ActivityId = task.Id });

        Assert.Null(done.InteractionId);
        Assert.Empty(crm.Store.InteractionsOf(ada.Id, 10));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new CompleteActivity { ActivityId = "ACT-NOPE" }));
        Assert.Equal("No activity 'ACT-NOPE' exists; see 'crm tasks list --all'.", missing.Message);
    }

    [Fact]
    public async Task Activities_are_listed_by_owner_customer_and_status_soonest_first_with_overdue_and_due_soon_from_the_clock()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var now = crm.Clock.GetUtcNow();
        var late = await crm.Send(new ScheduleActivity { Subject = "Late", Due = now.AddHours(-2) });
        var soon = await crm.Send(new ScheduleActivity { Subject = "Soon", Due = now.AddHours(3), CustomerId = ada.Id });
        var later = await crm.Send(new ScheduleActivity { Subject = "Later", Due = now.AddDays(3) });
        var undated = await crm.Send(new ScheduleActivity { Subject = "Someday" });
        var marias = await crm.Send(new ScheduleActivity { Subject = "Maria's", Owner = "maria", Due = now.AddHours(1) });
        var done = await crm.Send(new ScheduleActivity { Subject = "Done", Due = now.AddHours(-1) });
        await crm.Send(new CompleteActivity { ActivityId = done.Id });

        Assert.Equal([late.Id, soon.Id, later.Id, undated.Id], (await crm.Send(new ListActivities { Owner = "tester", Status = ActivityStatus.Open })).Select(a => a.Id));
        Assert.Equal([late.Id, done.Id, soon.Id, later.Id, undated.Id], (await crm.Send(new ListActivities { Owner = "tester" })).Select(a => a.Id));
        Assert.Equal([soon.Id], (await crm.Send(new ListActivities { CustomerId = ada.Id })).Select(a => a.Id));
        Assert.Equal([late.Id], (await crm.Send(new ListActivities { Overdue = true })).Select(a => a.Id));
        Assert.Equal([marias.Id, soon.Id], (await crm.Send(new ListActivities { DueWithin = TimeSpan.FromDays(1) })).Select(a => a.Id));
    }
}
