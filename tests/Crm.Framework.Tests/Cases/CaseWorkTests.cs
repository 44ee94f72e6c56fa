using Crm.Framework.Cases;
using Crm.Framework.Interactions;
using static Crm.Framework.Tests.Cases.CaseTestSetup;

namespace Crm.Framework.Tests.Cases;

public sealed class CaseWorkTests
{
    [Fact]
    public async Task The_first_reply_meets_the_first_response_target_opens_the_case_and_is_logged_on_the_customer()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var c = await crm.NewCase(ada.Id);
        crm.Clock.Advance(TimeSpan.FromHours(1));

        var answered = await crm.Send(new RespondToCase { CaseId = c.Id, Message = "We unblocked your card." });

        Assert.Equal((CaseStatus.Open, Thursday9.AddHours(1), 2L), (answered.Status, answered.FirstRespondedAt, answered.Version));
        Assert.Equal([CaseStepKind.Opened, CaseStepKind.Responded, CaseStepKind.StatusChanged], answered.History.Select(s => s.Kind));
        Assert.Empty(answered.Breaches);
        var logged = Assert.Single(crm.Store.InteractionsOf(ada.Id, 10));
        Assert.Equal(("phone", InteractionDirection.Outbound, "We unblocked your card."), (logged.Channel, logged.Direction, logged.Notes));
        Assert.Contains(c.Id, logged.Subject);
    }

    [Fact]
    public async Task A_late_first_reply_records_the_breach_and_a_later_reply_does_not_move_the_first_response()
    {
        await using var crm = TestCrm.Create();
        var c = await crm.NewCase((await crm.NewCustomer()).Id, CasePriority.Urgent);
        crm.Clock.Advance(TimeSpan.FromMinutes(90));

        var late = await crm.Send(new RespondToCase { CaseId = c.Id, Message = "Sorry for the wait", Channel = "email" });
        crm.Clock.Advance(TimeSpan.FromMinutes(10));
        var again = await crm.Send(new RespondToCase { CaseId = c.Id, Message = "Any news?" });

        Assert.Equal([SlaTarget.FirstResponse], late.Breaches);
        Assert.Contains(late.History, s => s.Kind == CaseStepKind.SlaBreached && s.Text.Contains("30m late"));
        Assert.Equal(Thursday9.AddMinutes(90), again.FirstRespondedAt);
        Assert.Equal(CaseStatus.Open, again.Status);
    }

    [Fact]
    public async Task An_illegal_move_lists_the_allowed_statuses_and_changes_nothing()
    {
        await using var crm = TestCrm.Create();
        var c = await crm.NewCase((await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.Closed }));

        Assert.Equal($"Case '{c.Id}' cannot move from new to closed; allowed: open, in_progress.", error.Message);
        Assert.Equal(1, crm.Store.GetRecord(CaseRecords.Kind, c.Id)!.Version);
    }

    [Fact]
    public async Task Resolving_captures_the_resolution_and_satisfaction_then_it_can_be_reopened_and_closed()
    {
        var resolvedEvents = new List<CaseResolved>();
        var closedEvents = new List<CaseClosed>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(resolvedEvents).AddEventProbe(closedEvents));
        var c = await crm.NewCase((await crm.NewCustomer()).Id);
        await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.InProgress });

        var resolved = await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.Resolved, Resolution = "Card reissued", Satisfaction = new CaseSatisfaction(4, "quick") });
        var reopened = await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.InProgress, Note = "New card also blocked" });
        await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.Resolved, Resolution = "Limit fixed" });
        var closed = await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.Closed, Satisfaction = new CaseSatisfaction(5, null) });

        Assert.Equal(("Card reissued", 4, Thursday9), (resolved.Resolution, resolved.Satisfaction!.Score, resolved.ResolvedAt));
        Assert.Equal((CaseStatus.InProgress, (DateTimeOffset?)null), (reopened.Status, reopened.ResolvedAt));
        Assert.Equal((CaseStatus.Closed, 5, "Limit fixed"), (closed.Status, closed.Satisfaction!.Score, closed.Resolution));
        Assert.Equal([CaseStepKind.Opened, CaseStepKind.StatusChanged, CaseStepKind.Resolved, CaseStepKind.Reopened, CaseStepKind.Resolved, CaseStepKind.Closed],
            closed.History.Select(s => s.Kind));
        Assert.Contains("CSAT 4/5 \"quick\"", closed.History[2].Text);
        Assert.Equal(2, resolvedEvents.Count);
        Assert.Single(closedEvents);
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.InProgress }));
        Assert.Contains("open a new case", error.Message);
    }

    [Theory]
    [InlineData(CaseStatus.Resolved, 6)]
    [InlineData(CaseStatus.InProgress, 3)]
    public async Task Satisfaction_is_a_score_from_one_to_five_captured_on_resolving_or_closing(CaseStatus to, int score)
    {
        await using var crm = TestCrm.Create();
        var c = await crm.NewCase((await crm.NewCustomer()).Id);
        await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.Open });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new MoveCase { CaseId = c.Id, Status = to, Satisfaction = new CaseSatisfaction(score, null) }));

        Assert.Equal("csat", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Waiting_on_the_customer_pauses_the_resolution_clock_by_the_business_time_waited()
    {
        await using var crm = TestCrm.Create();
        var c = await crm.NewCase((await crm.NewCustomer()).Id);
        await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.InProgress });
        crm.Clock.Advance(TimeSpan.FromHours(1));
        await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.WaitingOnCustomer, Note = "Asked for the card number" });
        crm.Clock.Advance(TimeSpan.FromDays(2)); // Saturday 10:00: waited Thursday 8h + Friday 9h of business time

        var paused = await crm.Send(new ListSlaAlerts { Within = TimeSpan.FromDays(30) });
        var back = await crm.Send(new MoveCase { CaseId = c.Id, Status = CaseStatus.InProgress });

        Assert.DoesNotContain(paused, a => a.Target == SlaTarget.Resolution);
        // Monday 18:00 + 17 business hours = Tuesday 9h + Wednesday 8h → Wednesday 17:00.
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 17, 0, 0, TimeSpan.Zero), back.ResolutionDue);
        Assert.Null(back.WaitingSince);
    }

    [Fact]
    public async Task Assigning_to_a_team_picks_its_least_busy_member_and_is_recorded()
    {
        await using var crm = TestCrm.Create(ServiceDesk);
        var ada = await crm.NewCustomer();
        await crm.NewCase(ada.Id, owner: "maria");
        var c = await crm.NewCase(ada.Id);

        var assigned = await crm.Send(new AssignCase { CaseId = c.Id, Team = "service_desk" });
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new AssignCase { CaseId = c.Id, Owner = "tom" }));
        var commented = await crm.Send(new CommentOnCase(c.Id, "Customer prefers email"));

        Assert.Equal(("tom", "service_desk"), (assigned.Owner, assigned.Team));
        Assert.Equal("tester → tom (team none → service_desk)", assigned.History[^1].Text);
        Assert.Contains("already owned by tom", again.Message);
        Assert.Equal((CaseStepKind.Comment, "Customer prefers email"), (commented.History[^1].Kind, commented.History[^1].Text));
    }

    [Fact]
    public async Task Listing_filters_by_owner_status_and_breach()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var urgent = await crm.NewCase(ada.Id, CasePriority.Urgent, owner: "maria");
        var normal = await crm.NewCase(ada.Id, owner: "tom");
        crm.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal([urgent.Id], (await crm.Send(new ListCases { Breached = true })).Select(c => c.Id));
        Assert.Equal([normal.Id], (await crm.Send(new ListCases { Owner = "tom", Status = CaseStatus.New })).Select(c => c.Id));
        Assert.Equal([urgent.Id, normal.Id], (await crm.Send(new ListCases { CustomerId = ada.Id })).Select(c => c.Id));
    }
}
