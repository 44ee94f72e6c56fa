using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests;

public sealed class BankPluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_bank_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Bank", report.Manifest.Id);
        Assert.Equal("bank", report.Manifest.Industry);
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_letters_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["loan_origination", "mortgage", "account_opening", "card_issuance"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(["loan_offer_letter", "account_opening_confirmation", "kyc_document_request"], crm.Schema.Templates.Select(t => t.Key));
        foreach (var channel in new[] { "branch_visit", "internet_banking", "mobile_app", "rm_call", "video_call" })
            Assert.Equal("Crm.Plugins.Bank", crm.Schema.DeclaredBy("channel", channel));
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "phone"));
    }

    [Fact]
    public async Task Identity_and_income_are_protected_data()
    {
        await using var crm = Host();

        Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Customer, "national_id")!.Sensitivity);
        Assert.True(crm.Schema.FindField(FieldTarget.Customer, "national_id")!.Indexed);
        foreach (var key in new[] { "date_of_birth", "annual_income", "credit_score", "employer" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
    }

    [Fact]
    public async Task Stage_requirements_name_only_declared_deal_fields()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var key in funnel.Stages.SelectMany(s => s.RequiredFields))
            Assert.True(crm.Schema.FindField(FieldTarget.Deal, key) is not null, $"{funnel.Key} requires unknown deal field '{key}'.");
    }
}
