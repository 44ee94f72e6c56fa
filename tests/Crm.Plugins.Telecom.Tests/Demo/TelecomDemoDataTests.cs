using Crm.Framework;
using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Documents;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Sales;
using Crm.Plugins.Telecom.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests.Demo;

public sealed class TelecomDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Telecom", pluginId);
        Assert.Equal(15, result.Customers.Count);
        Assert.Equal(4, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(30, result.Deals.Count);
        Assert.Equal(
            [
                "telecom_service_contract", "number_porting_confirmation", "telecom_service_contract", "sim_welcome_letter", "sim_welcome_letter",
                "end_of_contract_notification", "telecom_service_contract", "telecom_service_contract",
            ],
            result.Documents.Select(d => d.Template));
        foreach (var kind in Enum.GetValues<StageKind>())
            Assert.Contains(result.Deals, d => crm.Schema.RequireFunnel(d.Funnel).FindStage(d.Stage)!.Kind == kind);
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_telecom_funnel()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
    }

    [Fact]
    public async Task Every_template_is_rendered_by_the_demo_and_no_document_prints_a_porting_code_or_an_identity_number()
    {
        await using var crm = Host();
        var data = Assert.Single(crm.Schema.DemoData).Data;
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);
        var secrets = data.Customers.SelectMany(c => c.Card.Fields.Where(f => f.Key == "subscriber_id_number").Select(f => (string)f.Value!))
            .Concat(result.Deals.Select(d => d.Fields.GetText("porting_code")).OfType<string>())
            .ToList();

        Assert.Equal(crm.Schema.Templates.Select(t => t.Key).Order(), result.Documents.Select(d => d.Template).Distinct().Order());
        Assert.NotEmpty(secrets);
        foreach (var document in result.Documents)
        foreach (var secret in secrets)
            Assert.DoesNotContain(secret, document.Content);
    }

    [Fact]
    public async Task Every_template_renders_for_every_demo_customer_and_each_of_their_deals()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        var rendered = 0;

        foreach (var customer in result.Customers)
        foreach (var template in crm.Schema.Templates)
        foreach (var deal in result.Deals.Where(d => d.CustomerId == customer.Id).Cast<Deal?>().Append(null))
        {
            if (template.RequiresDeal && deal is null) continue;
            if (deal is not null && !template.IsFor(deal.Funnel))
            {
                await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template.Key, DealId = deal.Id }));
                continue;
            }
            var document = await crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template.Key, DealId = deal?.Id });
            Assert.StartsWith("# ", document.Content);
            Assert.DoesNotContain("{{", document.Content);
            rendered++;
        }

        var forTheirFunnel = crm.Schema.Templates.Sum(t => result.Deals.Count(d => t.IsFor(d.Funnel)));
        Assert.Equal(forTheirFunnel + 15, rendered);
    }

    [Fact]
    public async Task Demo_activations_leave_early_life_notes_and_the_pac_request_a_retention_note()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var notes = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).Where(i => i.Channel == "note").ToList();
        var welcome = result.Documents.First(d => d.Template == "sim_welcome_letter");

        Assert.Equal(4, notes.Count(n => n.Subject is EarlyLifeCallOnActivation.MobileSubject or EarlyLifeCallOnActivation.BroadbandSubject
            or EarlyLifeCallOnActivation.FleetSubject));
        Assert.Single(notes, n => n.Subject == PacRequestedAlert.Subject);
        Assert.Contains("Dear Aisha Khan,", welcome.Content);
        Assert.Contains("| Your number | 07700 900455 |", welcome.Content);
    }

    [Fact]
    public async Task Demo_seeds_the_daily_work_activities_cases_quotes_orders_and_lead_requests()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        string Id(string name) => result.Customers.Single(c => c.Name == name).Id;

        Assert.Equal(7, result.Seeded["activities"]);
        Assert.Equal(4, result.Seeded["cases"]);
        Assert.Equal(3, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        Assert.Equal(5, result.Seeded["lead requests"]);

        // Activities: open ones in the coming days, one overdue, a monthly series, one done.
        var open = await crm.Send(new ListActivities { Owner = "priya.shah", Status = ActivityStatus.Open });
        Assert.Equal(2, open.Count);
        Assert.All(open, a => Assert.True(a.Due > crm.Clock.GetUtcNow()));
        Assert.Equal(Id("Hannah Lewis"), Assert.Single(await crm.Send(new ListActivities { Owner = "daniel.hughes", Overdue = true })).CustomerId);
        Assert.NotNull(Assert.Single(await crm.Send(new ListActivities { CustomerId = Id("Northgate Logistics Ltd") })).SeriesId);
        Assert.Single(await crm.Send(new ListActivities { CustomerId = Id("Oliver Bennett"), Status = ActivityStatus.Done }));

        // Cases: the outage at the bakery is past its 4-hour fix target and goes to the NOC's lead; the fibre fault is resolved.
        var breached = Assert.Single(await crm.Send(new ListCases { Breached = true }));
        Assert.Equal(Id("Harbour Street Bakery Ltd"), breached.CustomerId);
        Assert.Equal("telecom_network_outage", breached.SlaPolicy);
        var escalated = Assert.Single(await crm.Send(new EscalateBreachedCases()));
        Assert.Equal(SlaTarget.Resolution, escalated.Target);
        Assert.Equal("gareth.price", escalated.Case.Owner);
        var resolved = Assert.Single(await crm.Send(new ListCases { Status = CaseStatus.Resolved }));
        Assert.Equal((Id("Aisha Khan"), 4), (resolved.CustomerId, resolved.Satisfaction!.Score));
        Assert.Equal("telecom_enterprise_care", (await crm.Send(new ListCases { CustomerId = Id("Northgate Logistics Ltd") })).Single().SlaPolicy);

        // Quotes: a renewal drafted, the care homes' fleet sent at £16 a line, Sofia's plan with roaming accepted and confirmed.
        var quotes = await crm.Send(new ListQuotes());
        Assert.Equal([QuoteStatus.Draft, QuoteStatus.Sent, QuoteStatus.Accepted], quotes.Select(q => q.Status).Order());
        Assert.All(quotes, q => Assert.Equal("GBP", q.Currency));
        var fleet = quotes.Single(q => q.Status == QuoteStatus.Sent);
        Assert.Equal((3_072.00m, 18_432.00m), (fleet.Tax.Amount, fleet.Total.Amount));
        Assert.Equal(TelecomFunnels.ContractRenewalKey, result.Deals.Single(d => d.Id == quotes.Single(q => q.Status == QuoteStatus.Draft).DealId).Funnel);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal((OrderStatus.Confirmed, 864.00m), (order.Status, order.Total.Amount));
        Assert.Equal(Id("Sofia Rossi"), order.CustomerId);

        // Lead requests: two new leads routed by the rules; the repeated form is not a third.
        var leads = (await crm.Send(new ListLeads())).Where(l => l.Channel is not null).ToList();
        Assert.Equal(2, leads.Count);
        Assert.Equal("priya.shah", leads.Single(l => l.Customer.Name == "Ben Carter").Customer.Owner);
        var vets = leads.Single(l => l.Customer.Name == "Calder Valley Vets Ltd").Customer;
        Assert.Equal((CustomerKind.Organization, TelecomTeams.BusinessAccountManager), (vets.Kind, vets.Owner));
        Assert.Contains(crm.Store.InteractionsOf(Id("Grace Thompson"), 100), i => i.Subject == "Renewal price for SIM Only");
        Assert.Contains(crm.Store.InteractionsOf(Id("Peter Walsh"), 100), i => i.Subject == "Asked whether 4G home broadband is available at Low Row Cottage yet");
    }
}
