using Crm.Framework;
using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Pipelines;
using Crm.Plugins.Pharmacy.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests.Demo;

public sealed class PharmacyDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Pharmacy", pluginId);
        Assert.Equal(13, result.Customers.Count);
        Assert.Equal(2, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(40, result.Deals.Count);
        Assert.Equal(["rx_medication_review_summary", "rx_refill_reminder", "rx_prescription_label", "rx_prescription_label"],
            result.Documents.Select(d => d.Template));
        foreach (var kind in Enum.GetValues<StageKind>())
            Assert.Contains(result.Deals, d => crm.Schema.Funnels.Single(f => f.Key == d.Funnel).FindStage(d.Stage)!.Kind == kind);
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_pharmacy_funnel()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
    }

    [Fact]
    public async Task Every_template_is_rendered_by_the_demo_for_the_deal_it_is_meant_for()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var template in crm.Schema.Templates)
            Assert.Contains(result.Documents, d => d.Template == template.Key);
        var funnels = new Dictionary<string, string>
        {
            ["rx_medication_review_summary"] = "rx_medication_review",
            ["rx_refill_reminder"] = "rx_refill",
            ["rx_prescription_label"] = "rx_fulfilment",
        };
        Assert.All(result.Documents, d => Assert.Equal(funnels[d.Template], result.Deals.Single(x => x.Id == d.DealId).Funnel));
        Assert.All(result.Documents, d => Assert.DoesNotContain("H8R4Q72K19", d.Content));
    }

    [Fact]
    public async Task Demo_fills_of_maintenance_medicines_queue_their_next_refill()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var all = crm.Store.FindDeals(new ListDeals { Limit = 500 });
        var queued = all.Where(d => result.Deals.All(r => r.Id != d.Id)).ToList();

        // Atorvastatin, warfarin, escitalopram and losartan dispensed; metformin and omeprazole refilled.
        Assert.Equal(6, queued.Count);
        Assert.All(queued, d => Assert.Equal(("rx_refill", "refill_due"), (d.Funnel, d.Stage)));
        var omeprazole = Assert.Single(queued, d => d.Fields.GetText("rx_number") == "6037790");
        Assert.Equal(new DateOnly(2026, 4, 4), omeprazole.Fields.GetDate("rx_next_refill_due"));
        var murphy = result.Customers.Single(c => c.Name == "Daniel Murphy");
        Assert.Contains(crm.Store.InteractionsOf(murphy.Id, 50), i => i.Subject == QueueNextRefill.RenewalSubject);
    }

    [Fact]
    public async Task The_demo_review_summary_lists_the_patients_medicines_once_each()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var summary = result.Documents.Single(d => d.Template == "rx_medication_review_summary").Content;

        Assert.Contains("Dear Maria Gonzalez,", summary);
        Assert.Single(summary.Split('\n'), l => l.StartsWith("| Atorvastatin 20 mg |", StringComparison.Ordinal));
        Assert.Single(summary.Split('\n'), l => l.StartsWith("| Metformin 1000 mg |", StringComparison.Ordinal));
        Assert.Single(summary.Split('\n'), l => l.StartsWith("| Lisinopril 20 mg |", StringComparison.Ordinal));
        Assert.Contains("- [ ] Stop taking ibuprofen (Advil) for your knee and take acetaminophen", summary);
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

        // Activities: calls and tasks in the coming days, an overdue call about a lapsed refill, the care home's monthly review, one done.
        var bell = await crm.Send(new ListActivities { Owner = "marcus.bell" });
        Assert.Equal(4, bell.Count);
        Assert.Equal("Call about the lapsed insulin lispro refill; offer free home delivery",
            Assert.Single(await crm.Send(new ListActivities { Owner = "marcus.bell", Overdue = true })).Subject);
        Assert.Contains(bell, a => a.Kind == ActivityKind.Meeting && a.Recurrence?.Frequency == RepeatFrequency.Monthly);
        Assert.Single(await crm.Send(new ListActivities { Owner = "daniel.okafor", Status = ActivityStatus.Done }));

        // Cases: the care home's short delivery past its contract target, a resolved complaint with CSAT 5, a prior authorization request.
        var cases = await crm.Send(new ListCases());
        Assert.Equal(3, cases.Count);
        var breached = Assert.Single(await crm.Send(new ListCases { Breached = true }), c => c.IsActive);
        Assert.Equal("rx_ltc_facilities", breached.SlaPolicy);
        Assert.Equal("Maple Grove Assisted Living", result.Customers.Single(c => c.Id == breached.CustomerId).Name);
        Assert.Equal(5, Assert.Single(cases, c => c.Status == CaseStatus.Resolved).Satisfaction!.Score);
        Assert.All(cases.Where(c => c.Id != breached.Id), c => Assert.Equal("standard", c.SlaPolicy));

        // Quotes: the clinic sent with its fee waived, the monitor taxed at 7.5 %, the care home's review accepted and confirmed.
        var quotes = await crm.Send(new ListQuotes());
        var clinic = Assert.Single(quotes, q => q.Status == QuoteStatus.Sent);
        Assert.Equal(Money.Of(6_600, "USD"), clinic.Total);
        var monitor = Assert.Single(quotes, q => q.Status == QuoteStatus.Draft);
        Assert.Equal(Money.Of(53.74m, "USD"), monitor.Total);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(Money.Of(1_260, "USD"), order.Total);

        // Inbound: two known patients matched, two new leads routed by the rules, the repeated app message recognised.
        var requests = crm.Store.FindRecords(LeadRecords.Requests).ToList();
        Assert.Equal(4, requests.Count);
        Assert.Equal(2, requests.Count(r => r.Outcome == LeadOutcome.Matched));
        Assert.Equal([("rx_app_requests", "ashley.morgan"), ("rx_employer_clinics", "marcus.bell")],
            requests.Where(r => r.Outcome == LeadOutcome.Created).Select(r => (r.Rule, r.Owner)).Order());
    }
}
