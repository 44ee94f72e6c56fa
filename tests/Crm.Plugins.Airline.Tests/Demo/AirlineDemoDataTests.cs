using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Pipelines;
using Crm.Plugins.Airline.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests.Demo;

public sealed class AirlineDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Airline", pluginId);
        Assert.Equal(14, result.Customers.Count);
        Assert.Equal(8, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(22, result.Deals.Count);
        Assert.Equal(
            ["eticket_receipt", "ffp_statement", "eticket_receipt", "ffp_statement", "group_booking_quote", "corporate_fare_agreement", "corporate_fare_agreement"],
            result.Documents.Select(d => d.Template));
        foreach (var kind in Enum.GetValues<StageKind>())
            Assert.Contains(result.Deals, d => crm.Schema.Funnels.Single(f => f.Key == d.Funnel).FindStage(d.Stage)!.Kind == kind);
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_airline_funnel()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
    }

    [Fact]
    public async Task Demo_interactions_use_every_airline_channel()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var used = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).Select(i => i.Channel).ToHashSet();

        foreach (var channel in new[] { "check_in_desk", "boarding_gate", "airport_lounge", "inflight", "call_centre_airline", "airline_app" })
            Assert.Contains(channel, used);
    }

    [Fact]
    public async Task Demo_deposits_and_signatures_leave_their_notes_and_the_documents_carry_the_booking()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var deposits = result.Deals.Count(d => d.Funnel == "group_booking" && d.History.Any(h => h.To == "deposit_paid"));
        var interactions = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).ToList();
        var receipt = result.Documents.First(d => d.Template == "eticket_receipt");
        var quote = result.Documents.Single(d => d.Template == "group_booking_quote");

        Assert.Equal(4, deposits);
        Assert.Equal(deposits, interactions.Count(i => i.Subject == GroupNameListReminder.Subject));
        Assert.Equal(1, interactions.Count(i => i.Subject == CorporateTourCodeLoading.Subject));
        Assert.Contains("| Booking reference (PNR) | **K7QX2M** |", receipt.Content);
        Assert.Contains("| Passenger | LEPP/KRISTJAN |", receipt.Content);
        Assert.Contains("| **Total group fare** | **7,803.00 EUR** |", quote.Content);
    }
}
