using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Sales;
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

    [Fact]
    public async Task Demo_seeds_the_days_work_activities_cases_quotes_and_inbound_requests()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        var customer = result.Customers.ToDictionary(c => c.Name);

        Assert.Empty(crm.Log.Entries);
        Assert.Equal(8, result.Seeded["activities"]);
        Assert.Equal(4, result.Seeded["cases"]);
        Assert.Equal(3, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        Assert.Equal(5, result.Seeded["lead requests"]);

        // Activities: open ones due in the coming days, one overdue, one done, one repeating monthly.
        var overdue = Assert.Single(await crm.Send(new ListActivities { Owner = "joanne.walsh", Overdue = true }));
        Assert.Equal(customer["Hannah Lewis"].Id, overdue.CustomerId);
        Assert.NotEmpty(await crm.Send(new ListActivities { Owner = "chris.morgan", DueWithin = TimeSpan.FromDays(2) }));
        Assert.Single(await crm.Send(new ListActivities { CustomerId = customer["Mark Stevens"].Id, Status = ActivityStatus.Done }));
        var review = Assert.Single(await crm.Send(new ListActivities { CustomerId = customer["Greenway Facilities Ltd"].Id }));
        Assert.Equal(RepeatFrequency.Monthly, review.Recurrence!.Frequency);

        // Cases: the fleet van off the road runs on the fleet SLA and is breached; so is the unanswered complaint; one resolved with a score.
        var cases = await crm.Send(new ListCases());
        var van = Assert.Single(cases, c => c.CustomerId == customer["Greenway Facilities Ltd"].Id);
        Assert.Equal("automotive_fleet_uptime", van.SlaPolicy);
        var breached = await crm.Send(new ListCases { Breached = true });
        Assert.Contains(breached, c => c.Id == van.Id);
        Assert.Contains(breached, c => c.CustomerId == customer["Daniel Price"].Id);
        Assert.Equal(5, Assert.Single(cases, c => c.Status == CaseStatus.Resolved).Satisfaction!.Score);
        var escalated = await crm.Send(new EscalateBreachedCases());
        Assert.Equal("rachel.hughes", escalated.Last(e => e.Case.Id == van.Id).Case.Owner);

        // Quotes: Priya's cash order accepted and confirmed, the fleet quotation sent, the service quote a draft with the plan covering the service.
        var quotes = await crm.Send(new ListQuotes());
        Assert.All(quotes, q => Assert.Equal("GBP", q.Currency));
        var priya = Assert.Single(quotes, q => q.Status == QuoteStatus.Accepted);
        Assert.Equal(customer["Priya Nair"].Id, priya.CustomerId);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal((priya.Id, OrderStatus.Confirmed), (order.QuoteId, order.Status));
        Assert.Equal(customer["Greenway Facilities Ltd"].Id, Assert.Single(quotes, q => q.Status == QuoteStatus.Sent).CustomerId);
        Assert.Equal(Gbp(54.85m), Assert.Single(quotes, q => q.Status == QuoteStatus.Draft).Total);

        // Inbound requests: matched by email and by a UK-format phone, a configurator lead, a fleet enquiry, and the repeat.
        var leads = await crm.Send(new ListLeads());
        Assert.Equal("chris.morgan", Assert.Single(leads, l => l.Customer.Name == "Rhys Morgan").Customer.Owner);
        Assert.Equal("rachel.hughes", Assert.Single(leads, l => l.Customer.Name == "Claire Dunn").Customer.Owner);
        Assert.Contains(crm.Store.InteractionsOf(customer["Sarah Whitfield"].Id, 100), i => i.Subject.Contains("GAP insurance"));
        Assert.Contains(crm.Store.InteractionsOf(customer["James Okafor"].Id, 100), i => i.Channel == "phone" && i.Subject.Contains("afternoon"));
    }
}
