using Crm.Framework;
using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Pipelines;
using Crm.Plugins.Hospital.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests.Demo;

public sealed class HospitalDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Hospital", pluginId);
        Assert.Equal(15, result.Customers.Count);
        Assert.Equal(3, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(21, result.Deals.Count);
        Assert.Equal(
            ["discharge_summary", "pre_admission_instructions", "outpatient_appointment_letter", "discharge_summary", "checkup_package_quote"],
            result.Documents.Select(d => d.Template));
        foreach (var kind in Enum.GetValues<DealStatus>())
            Assert.Contains(result.Deals, d => d.Status == kind);
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_funnel_and_render_every_template()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
        foreach (var template in crm.Schema.Templates)
            Assert.Contains(result.Documents, d => d.Template == template.Key);
    }

    [Fact]
    public async Task Demo_uses_the_hospital_channels_and_the_letters_are_for_the_right_episode()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        var interactions = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).ToList();

        foreach (var channel in new[] { "telemedicine", "patient_portal", "reception_desk", "e_referral", "ambulance_referral", "nurse_line" })
            Assert.Contains(interactions, i => i.Channel == channel);
        var followUps = interactions.Count(i => i.Subject is CareFollowUp.TreatedSubject or CareFollowUp.DischargedSubject or CareFollowUp.DidNotAttendSubject);
        Assert.Equal(4, followUps); // two treated, one discharged, one outpatient no-show
        var letter = result.Documents.Single(d => d.Template == "outpatient_appointment_letter");
        Assert.Contains("| Day | Tuesday 27 January 2026 |", letter.Content);
        var instructions = result.Documents.Single(d => d.Template == "pre_admission_instructions");
        Assert.Contains("| Operation day | Monday 9 February 2026 |", instructions.Content);
        Assert.Contains("after 01:30", instructions.Content);
        Assert.DoesNotContain("bed-day fee", instructions.Content); // a day case has no stay to pay for
    }

    [Fact]
    public async Task Demo_seeds_the_days_work_activities_cases_quotes_an_order_and_inbound_requests()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        Assert.Equal(6, result.Seeded["activities"]);
        Assert.Equal(3, result.Seeded["cases"]);
        Assert.Equal(3, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        Assert.Equal(5, result.Seeded["lead requests"]);

        // Activities: open ones in the coming days, an overdue follow-up, a monthly series and one done.
        var open = await crm.Send(new ListActivities { Owner = "marta.kuusk" });
        var overdue = Assert.Single(await crm.Send(new ListActivities { Owner = "marta.kuusk", Overdue = true }));
        Assert.Equal(ActivityKind.FollowUp, overdue.Kind);
        Assert.Contains(open, a => a.Recurrence?.Frequency == RepeatFrequency.Monthly);
        Assert.Contains(await crm.Send(new ListActivities { Owner = "liis.kask", Status = ActivityStatus.Done }), a => a.Kind == ActivityKind.Call);
        Assert.Contains(await crm.Send(new ListActivities { Owner = "erik.vaher" }), a => a.Kind == ActivityKind.Meeting && a.Due > crm.Clock.GetUtcNow());

        // Cases: an unanswered incident past its targets, a resolved complaint with its CSAT, a request on the standard SLA.
        var cases = await crm.Send(new ListCases());
        Assert.Equal(3, cases.Count);
        var breached = Assert.Single(await crm.Send(new ListCases { Breached = true }), c => c.IsActive);
        Assert.Equal((CaseType.Incident, "hospital_clinical_complaints"), (breached.Type, breached.SlaPolicy));
        Assert.Contains(await crm.Send(new ListSlaAlerts()), a => a.Case.Id == breached.Id && a.Breached);
        var resolved = Assert.Single(cases, c => c.Status == CaseStatus.Resolved);
        Assert.Equal(3, resolved.Satisfaction!.Score);
        Assert.NotEmpty(resolved.Breaches); // answered in days, not within the complaints SLA's 5 days
        Assert.Equal("standard", Assert.Single(cases, c => c.Type == CaseType.Request).SlaPolicy);

        // Quotes: the hernia repair and the port's examinations sent, the software company's check-ups accepted and confirmed.
        var quotes = await crm.Send(new ListQuotes());
        Assert.Equal(2, quotes.Count(q => q.Status == QuoteStatus.Sent));
        Assert.Equal(Money.Of(2_925, "EUR"), quotes.Single(q => q.Lines.Any(l => l.Product == "hospital_occupational_exam")).Total);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(Money.Of(3_780, "EUR"), order.Total);

        // Inbound: two known patients matched, two new leads routed by the rules, the repeated portal message recognised.
        var requests = crm.Store.FindRecords(LeadRecords.Requests).ToList();
        Assert.Equal(4, requests.Count);
        Assert.Equal(2, requests.Count(r => r.Outcome == LeadOutcome.Matched));
        Assert.Equal(["erik.vaher", "marta.kuusk"], requests.Where(r => r.Outcome == LeadOutcome.Created).Select(r => r.Owner).Order());
        var leads = await crm.Send(new ListLeads());
        Assert.Contains(leads, l => l.Customer.Name == "Karl Mets" && l.Channel == "patient_portal");
        Assert.Contains(leads, l => l.Customer.Name == "Kersti Oja" && l.Source == "corporate_checkups");
    }
}
