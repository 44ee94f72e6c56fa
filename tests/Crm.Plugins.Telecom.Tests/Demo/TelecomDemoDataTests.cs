using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
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
}
