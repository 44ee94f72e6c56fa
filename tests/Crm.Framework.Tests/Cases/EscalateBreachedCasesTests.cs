using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Framework.Tests.Cases.CaseTestSetup;

namespace Crm.Framework.Tests.Cases;

public sealed class EscalateBreachedCasesTests
{
    [Fact]
    public async Task A_missed_first_response_escalates_once_to_the_team_lead()
    {
        var events = new List<CaseEscalated>();
        await using var crm = TestCrm.Create(ServiceDesk, s => s.AddEventProbe(events));
        var c = await crm.NewCase((await crm.NewCustomer()).Id, CasePriority.Urgent, owner: "maria", team: "service_desk");
        crm.Clock.Advance(TimeSpan.FromMinutes(75));

        var first = await crm.Send(new EscalateBreachedCases());
        var second = await crm.Send(new EscalateBreachedCases());

        var e = Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal((SlaTarget.FirstResponse, TimeSpan.FromMinutes(15), "maria", "zoe", 1), (e.Target, e.Late, e.PreviousOwner, e.Case.Owner, e.Case.EscalationLevel));
        Assert.Equal(e, Assert.Single(events));
        var stored = crm.Store.GetRecord(CaseRecords.Kind, c.Id)!;
        Assert.Equal(("zoe", 2L), (stored.Owner, stored.Version));
        Assert.Equal([SlaTarget.FirstResponse], stored.Breaches);
        Assert.Equal([CaseStepKind.Opened, CaseStepKind.SlaBreached, CaseStepKind.Escalated, CaseStepKind.Reassigned], stored.History.Select(s => s.Kind));
        Assert.Contains("15m late", stored.History[1].Text);
    }

    [Fact]
    public async Task A_later_missed_resolution_escalates_again_one_level_up()
    {
        await using var crm = TestCrm.Create(ServiceDesk);
        var c = await crm.NewCase((await crm.NewCustomer()).Id, CasePriority.Urgent, owner: "maria", team: "service_desk");
        crm.Clock.Advance(TimeSpan.FromMinutes(30));
        await crm.Send(new RespondToCase { CaseId = c.Id, Message = "On it" });
        Assert.Empty(await crm.Send(new EscalateBreachedCases()));
        crm.Clock.Advance(TimeSpan.FromHours(8));

        var e = Assert.Single(await crm.Send(new EscalateBreachedCases()));

        Assert.Equal((SlaTarget.Resolution, 1, "zoe"), (e.Target, e.Case.EscalationLevel, e.Case.Owner));
        Assert.Equal(TimeSpan.FromMinutes(30), e.Late);
    }

    [Fact]
    public async Task A_policy_can_name_the_user_who_takes_escalations()
    {
        var policy = new SlaPolicy("night_desk", "Night desk", SlaPolicy.Standard.Targets) { EscalateTo = "duty_manager" };
        await using var crm = TestCrm.Create(app => app.AddSlaPolicy(policy));
        var c = await crm.NewCase((await crm.NewCustomer()).Id, CasePriority.Urgent, owner: "maria");
        crm.Clock.Advance(TimeSpan.FromHours(9));

        var escalations = await crm.Send(new EscalateBreachedCases());

        Assert.Equal([SlaTarget.FirstResponse, SlaTarget.Resolution], escalations.Select(e => e.Target));
        var stored = crm.Store.GetRecord(CaseRecords.Kind, c.Id)!;
        Assert.Equal(("duty_manager", 2), (stored.Owner, stored.EscalationLevel));
        Assert.Single(stored.History, s => s.Kind == CaseStepKind.Reassigned);
    }

    [Fact]
    public async Task Resolved_cases_and_cases_waiting_on_the_customer_are_not_escalated_for_resolution()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var done = await crm.NewCase(ada.Id, CasePriority.Urgent);
        var waiting = await crm.NewCase(ada.Id, CasePriority.Urgent);
        await crm.Send(new RespondToCase { CaseId = waiting.Id, Message = "Which card?" });
        await crm.Send(new MoveCase { CaseId = waiting.Id, Status = CaseStatus.WaitingOnCustomer });
        await crm.Send(new MoveCase { CaseId = done.Id, Status = CaseStatus.InProgress });
        await crm.Send(new MoveCase { CaseId = done.Id, Status = CaseStatus.Resolved });
        crm.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Empty(await crm.Send(new EscalateBreachedCases()));
    }

    [Fact]
    public async Task The_alert_list_shows_breached_targets_first_then_those_due_soon()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var urgent = await crm.NewCase(ada.Id, CasePriority.Urgent);
        crm.Clock.Advance(TimeSpan.FromHours(3));
        var high = await crm.NewCase(ada.Id, CasePriority.High); // answer due 16:00

        var alerts = await crm.Send(new ListSlaAlerts { Within = TimeSpan.FromHours(4) });

        Assert.Equal([(urgent.Id, SlaTarget.FirstResponse, true), (high.Id, SlaTarget.FirstResponse, false)],
            alerts.Select(a => (a.Case.Id, a.Target, a.Breached)));
        Assert.Equal(TimeSpan.FromHours(-2), alerts[0].Left);
        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new ListSlaAlerts { Within = TimeSpan.FromHours(-1) }));
    }

    [Fact]
    public async Task Demo_cases_are_seeded_in_the_past_so_some_are_already_overdue()
    {
        await using var crm = TestCrm.Create();
        var card = new CreateCustomer { Name = "Ada", Fields = TestCrm.Fields(("source", "web")) };
        var data = new DemoData([new DemoCustomer(card)
        {
            Cases =
            [
                new DemoCase(CaseType.Incident, CasePriority.Urgent, "ATM kept my card", 26),
                new DemoCase(CaseType.Request, CasePriority.Low, "New statement", 2) { Response = "Sent by post" },
                new DemoCase(CaseType.Complaint, CasePriority.Normal, "Fee charged twice", 1) { ResolvedWithCsat = 5 },
                new DemoCase(CaseType.Request, CasePriority.Low, "Card limit", 1) { Owner = "maria" },
            ],
        }]);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal(4, result.Seeded["cases"]);
        Assert.Equal("Card limit", Assert.Single(await crm.Send(new ListCases { Owner = "maria" })).Subject);
        var breached = Assert.Single(await crm.Send(new ListCases { Breached = true }));
        Assert.Equal(("ATM kept my card", Thursday9.AddHours(-26)), (breached.Subject, breached.OpenedAt));
        var resolved = Assert.Single(await crm.Send(new ListCases { Status = CaseStatus.Resolved }));
        Assert.Equal(5, resolved.Satisfaction!.Score);
    }
}
