using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Pipelines;
using Crm.Plugins.Bank.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests.Demo;

public sealed class BankDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Bank", pluginId);
        Assert.Equal(15, result.Customers.Count);
        Assert.Equal(4, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(30, result.Deals.Count);
        Assert.Equal(["loan_offer_letter", "kyc_document_request", "loan_offer_letter", "kyc_document_request", "account_opening_confirmation"],
            result.Documents.Select(d => d.Template));
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_bank_funnel()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
    }

    [Fact]
    public async Task Demo_approvals_leave_follow_up_notes_and_the_offer_letters_carry_the_terms()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var approvals = result.Deals.Count(d => d.Funnel is "loan_origination" or "mortgage" && d.History.Any(h => h.To == "approved"));
        var notes = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100))
            .Count(i => i.Subject is LoanApprovedFollowUp.LoanSubject or LoanApprovedFollowUp.MortgageSubject);
        var mari = result.Documents.First(d => d.Template == "loan_offer_letter");

        Assert.Equal(4, approvals);
        Assert.Equal(approvals, notes);
        Assert.Contains("| Monthly instalment | 303.43 EUR |", mari.Content);
        Assert.Contains("Dear Mari Tamm,", mari.Content);
    }
}
