using Crm.Framework;
using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Pipelines;
using Crm.Plugins.Education.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests.Demo;

public sealed class EducationDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Education", pluginId);
        Assert.Equal(15, result.Customers.Count);
        Assert.Equal(4, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(27, result.Deals.Count);
        Assert.Equal([StageKind.Open, StageKind.Won, StageKind.Lost],
            result.Deals.Select(d => Stage(crm, d).Kind).Distinct().Order());
        Assert.Equal(
            ["admission_offer_letter", "admission_offer_letter", "missing_documents_request", "missing_documents_request",
             "enrolment_confirmation", "enrolment_confirmation", "scholarship_award_letter"],
            result.Documents.Select(d => d.Template));
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_funnel_and_every_template_is_rendered()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
        Assert.Equal(crm.Schema.Templates.Select(t => t.Key).Order(), result.Documents.Select(d => d.Template).Distinct().Order());
    }

    [Fact]
    public async Task Demo_letters_are_rendered_for_the_right_application()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var amelia = result.Documents.First(d => d.Template == "admission_offer_letter").Content;
        var priya = result.Documents.Where(d => d.Template == "admission_offer_letter").ElementAt(1).Content;
        var yuxin = result.Documents.First(d => d.Template == "missing_documents_request").Content;
        var oliver = result.Documents.First(d => d.Template == "enrolment_confirmation").Content;
        var fatima = result.Documents.Single(d => d.Template == "scholarship_award_letter").Content;

        Assert.Contains("Dear Amelia Hughes,", amelia);
        Assert.Contains("## BSc (Hons) Computer Science (G400), September 2026", amelia);
        Assert.Contains("Your application for the Vice-Chancellor's Excellence Scholarship is being considered separately", amelia);
        Assert.Contains("We have received your tuition fee deposit of £3,000", priya);
        Assert.Contains("## Your reply", priya);
        Assert.Contains("1. Your **degree certificate**", yuxin);
        Assert.Contains("| Student number | 25014387 |", oliver);
        Assert.Contains("| Expected end of course | August 2028 |", oliver);
        Assert.Contains("| Total value | £10,000 |", fatima);
        Assert.Contains("Thank you for accepting your award.", fatima);
    }

    [Fact]
    public async Task Demo_offers_leave_follow_up_notes_and_international_acceptances_ask_for_a_cas()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var notes = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).Where(i => i.Channel == "note").ToList();
        var offers = result.Deals.Count(d => d.History.Any(h => h.To == "admission_decision"));
        var international = result.Deals.Count(d => d.History.Any(h => h.To == "offer_accepted") && d.Fields.GetText("tuition_fee_status") == "international");

        Assert.Equal(7, offers);
        Assert.Equal(2, international);
        Assert.Equal(offers, notes.Count(n => n.Subject == AdmissionsFollowUp.OfferSubject));
        Assert.Equal(international, notes.Count(n => n.Subject == AdmissionsFollowUp.CasSubject));
    }

    private static StageDefinition Stage(Crm.Framework.Testing.CrmTestHost crm, Deal deal) =>
        crm.Schema.Funnels.Single(f => f.Key == deal.Funnel).FindStage(deal.Stage)!;

    [Fact]
    public async Task Demo_seeds_the_days_work_activities_cases_quotes_an_order_and_inbound_requests()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        Assert.Equal(6, result.Seeded["activities"]);
        Assert.Equal(4, result.Seeded["cases"]);
        Assert.Equal(3, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        Assert.Equal(5, result.Seeded["lead requests"]);

        // Activities: an offer call, a CAS task, a contract meeting in the coming days, an overdue chase, a monthly visa check, a call done.
        var raj = await crm.Send(new ListActivities { Owner = "raj.patel" });
        Assert.Equal(3, raj.Count);
        Assert.Equal(ActivityKind.FollowUp, Assert.Single(await crm.Send(new ListActivities { Owner = "raj.patel", Overdue = true })).Kind);
        Assert.Contains(raj, a => a.Recurrence is { Frequency: RepeatFrequency.Monthly, Count: 9 });
        Assert.Single(await crm.Send(new ListActivities { Owner = "tom.harris", Status = ActivityStatus.Done }));
        Assert.Single(await crm.Send(new ListActivities { Owner = "sarah.jenkins", DueWithin = TimeSpan.FromDays(3) }));

        // Cases: an enrolled student's eVisa letter past the Hub's targets, a resolved complaint with CSAT 4, an offer holder on the standard SLA.
        var cases = await crm.Send(new ListCases());
        Assert.Equal(4, cases.Count);
        var breached = Assert.Single(await crm.Send(new ListCases { Breached = true }), c => c.IsActive);
        Assert.Equal("edu_enrolled_students", breached.SlaPolicy);
        Assert.Equal("Fatima Al-Sayed", result.Customers.Single(c => c.Id == breached.CustomerId).Name);
        Assert.Equal(4, Assert.Single(cases, c => c.Status == CaseStatus.Resolved).Satisfaction!.Score);
        Assert.Equal(3, cases.Count(c => c.SlaPolicy == "edu_enrolled_students"));
        Assert.Equal("standard", Assert.Single(cases, c => c.SlaPolicy != "edu_enrolled_students").SlaPolicy);

        // Quotes: the council's draft, the Green Belt proposal sent with catering at 20 % VAT, the apprenticeship accepted and confirmed.
        var quotes = await crm.Send(new ListQuotes());
        Assert.Equal(Money.Of(30_000, "GBP"), Assert.Single(quotes, q => q.Status == QuoteStatus.Draft).Total);
        var greenBelt = Assert.Single(quotes, q => q.Status == QuoteStatus.Sent);
        Assert.Equal(Money.Of(324, "GBP"), greenBelt.Tax);
        Assert.Equal(Money.Of(21_444, "GBP"), greenBelt.Total);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(Money.Of(84_000, "GBP"), order.Total);

        // Inbound: two known applicants matched, two new leads routed by the rules, the repeated school-visit form recognised.
        var requests = crm.Store.FindRecords(LeadRecords.Requests).ToList();
        Assert.Equal(4, requests.Count);
        Assert.Equal(2, requests.Count(r => r.Outcome == LeadOutcome.Matched));
        Assert.Equal([("edu_agent_referrals", "raj.patel"), ("edu_school_visit_enquiries", "sarah.jenkins")],
            requests.Where(r => r.Outcome == LeadOutcome.Created).Select(r => (r.Rule, r.Owner)).Order());
    }
}
