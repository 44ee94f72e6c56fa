using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Sales;
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

    [Fact]
    public async Task Demo_seeds_the_days_work_activities_cases_quotes_and_inbound_requests()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        var customer = result.Customers.ToDictionary(c => c.Name);

        Assert.Empty(crm.Log.Entries);
        Assert.Equal(10, result.Seeded["activities"]);
        Assert.Equal(4, result.Seeded["cases"]);
        Assert.Equal(3, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        Assert.Equal(5, result.Seeded["lead requests"]);

        // Activities: open ones due in the coming days, one overdue, one done, one repeating quarterly.
        var overdue = Assert.Single(await crm.Send(new ListActivities { Owner = "helen.ilves", Overdue = true }));
        Assert.Equal(customer["Kalev Basketball Club"].Id, overdue.CustomerId);
        Assert.NotEmpty(await crm.Send(new ListActivities { Owner = "marko.saar", DueWithin = TimeSpan.FromDays(2) }));
        Assert.Single(await crm.Send(new ListActivities { CustomerId = customer["Peeter Kuusk"].Id, Status = ActivityStatus.Done }));
        var review = Assert.Single(await crm.Send(new ListActivities { CustomerId = customer["Põhjala Energia AS"].Id }));
        Assert.Equal(new Recurrence(RepeatFrequency.Monthly, 3) { Count = 4 }, review.Recurrence);

        // Cases: the Platinum PRM's urgent incident runs on the disruption SLA and is already overdue; two are resolved with a score.
        var cases = await crm.Send(new ListCases());
        var assistance = Assert.Single(cases, c => c.CustomerId == customer["Ingrid Andersen"].Id);
        Assert.Equal("airline_disruption_care", assistance.SlaPolicy);
        Assert.Contains(await crm.Send(new ListSlaAlerts()), a => a.Breached && a.Case.Id == assistance.Id);
        Assert.Equal([3, 5], cases.Where(c => c.Status == CaseStatus.Resolved).Select(c => c.Satisfaction!.Score).Order());
        var escalated = await crm.Send(new EscalateBreachedCases());
        Assert.All(escalated.Where(e => e.Case.Id == assistance.Id), e => Assert.Equal("mari.laan", e.Case.Owner));
        Assert.NotEmpty(escalated);

        // Quotes: the school trip accepted with the teacher's seat free (its order confirmed), the family fare sent, a draft for Rome.
        var quotes = await crm.Send(new ListQuotes());
        var school = Assert.Single(quotes, q => q.Status == QuoteStatus.Accepted);
        Assert.Equal(customer["Tallinn English College"].Id, school.CustomerId);
        Assert.Equal(Eur(7_803.00m), school.Total);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal((school.Id, OrderStatus.Confirmed), (order.QuoteId, order.Status));
        var family = Assert.Single(quotes, q => q.Status == QuoteStatus.Sent);
        Assert.Equal(Eur(1_160.00m), family.Total);
        Assert.Single(quotes, q => q.Status == QuoteStatus.Draft);

        // Inbound requests: two matched by email and phone, a choir for the group desk, an app enquiry, and its repeat.
        var leads = await crm.Send(new ListLeads());
        Assert.Equal("helen.ilves", Assert.Single(leads, l => l.Customer.Name == "Kadri Raud").Customer.Owner);
        Assert.Equal("triin.kallas", Assert.Single(leads, l => l.Customer.Name == "Mihkel Tamm").Customer.Owner);
        Assert.Contains(crm.Store.InteractionsOf(customer["Kristjan Lepp"].Id, 100), i => i.Channel == "airline_app" && i.Subject.Contains("K7QX2M"));
        Assert.Contains(crm.Store.InteractionsOf(customer["Liis Mägi"].Id, 100), i => i.Channel == "call_centre_airline" && i.Subject.Contains("fifth passenger"));
    }
}
