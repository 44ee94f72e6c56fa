using Crm.Framework.Customers;
using Crm.Framework.Demo;
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
}
