using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Pipelines;
using Crm.Plugins.Automotive.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests.Demo;

public sealed class AutomotiveDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Automotive", pluginId);
        Assert.Empty(crm.Log.Entries);
        Assert.Equal(13, result.Customers.Count);
        Assert.Equal(2, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(23, result.Deals.Count);
        Assert.Equal(
        [
            "configurator_quote", "finance_quotation", "test_drive_confirmation", "vehicle_order_confirmation", "finance_quotation",
            "vehicle_order_confirmation", "service_booking_confirmation", "warranty_claim_decision", "warranty_claim_decision", "configurator_quote",
        ], result.Documents.Select(d => d.Template));
        foreach (var kind in Enum.GetValues<StageKind>())
            Assert.Contains(result.Deals, d => crm.Schema.Funnels.Single(f => f.Key == d.Funnel).FindStage(d.Stage)!.Kind == kind);
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
    public async Task Demo_automation_leaves_handover_and_follow_up_notes_and_the_letters_carry_the_figures()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        var notes = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).ToList();

        var builtCars = result.Deals.Count(d => d.Funnel == "vehicle_sale" && d.History.Any(h => h.To == "ready_for_delivery"));
        var collections = result.Deals.Count(d => d.Funnel == "workshop_service" && d.Stage == "collected");
        var sarah = result.Documents.First(d => d.Template == "finance_quotation");
        var lucy = result.Documents.Last(d => d.Template == "warranty_claim_decision");

        Assert.Equal(3, builtCars);
        Assert.Equal(builtCars, notes.Count(i => i.Subject == HandoverPreparation.Subject));
        Assert.Equal(1, collections);
        Assert.Equal(collections, notes.Count(i => i.Subject == PostServiceCall.Subject));
        Assert.Contains("| 36 monthly payments of | £373.95 |", sarah.Content);
        Assert.Contains("Dear Sarah Whitfield,", sarah.Content);
        Assert.Contains("**not approved** your dealer's request for a goodwill contribution", lucy.Content);
        Assert.Contains("a goodwill contribution is not given for normal wear", lucy.Content);
    }
}
