using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests;

public sealed class TelecomPluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_telecom_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Telecom", report.Manifest.Id);
        Assert.Equal(typeof(TelecomPlugin).Assembly.GetName().Name, report.Manifest.Id);
        Assert.Equal("telecom", report.Manifest.Industry);
        Assert.Equal("1.1.0", report.Manifest.Version);
        Assert.False(string.IsNullOrWhiteSpace(report.Manifest.Description));
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_documents_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["new_connection", "broadband_installation", "b2b_mobile_fleet", "contract_renewal"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(["telecom_service_contract", "number_porting_confirmation", "sim_welcome_letter", "end_of_contract_notification"],
            crm.Schema.Templates.Select(t => t.Key));
        foreach (var channel in new[] { "retail_store", "call_centre", "self_care_app", "ussd", "field_technician" })
            Assert.Equal("Crm.Plugins.Telecom", crm.Schema.DeclaredBy("channel", channel));
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "phone"));
    }

    [Fact]
    public async Task Fields_are_declared_on_customers_deals_and_interactions()
    {
        await using var crm = Host();

        foreach (var key in new[] { "msisdn", "subscriber_account_number", "current_tariff_plan", "subscriber_contract_end", "arpu", "churn_risk" })
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Customer, key));
        foreach (var key in new[] { "tariff_plan", "contract_term_months", "sim_iccid", "porting_code", "porting_donor_operator", "device_plan_months" })
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Deal, key));
        foreach (var key in new[] { "retail_store_code", "telecom_contact_reason", "trouble_ticket_ref", "first_contact_resolution" })
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Interaction, key));
    }

    [Fact]
    public async Task Identity_codes_and_vulnerability_are_sensitive_numbers_are_personal_and_tariffs_public()
    {
        await using var crm = Host();

        Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Customer, "subscriber_id_number")!.Sensitivity);
        Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Customer, "subscriber_vulnerable")!.Sensitivity);
        Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Deal, "porting_code")!.Sensitivity);
        foreach (var key in new[] { "msisdn", "subscriber_date_of_birth", "churn_risk", "subscriber_marketing_channels" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "line_msisdn", "porting_msisdn", "sim_iccid", "device_imei", "installation_address" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Deal, key)!.Sensitivity);
        Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Customer, "current_tariff_plan")!.Sensitivity);
        Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Deal, "tariff_plan")!.Sensitivity);
    }

    [Fact]
    public async Task The_fields_agents_search_by_are_indexed()
    {
        await using var crm = Host();

        foreach (var key in new[] { "msisdn", "subscriber_account_number", "subscriber_id_number", "subscriber_company_number", "churn_risk", "subscriber_contract_end" })
            Assert.True(crm.Schema.FindField(FieldTarget.Customer, key)!.Indexed, key);
        foreach (var key in new[] { "sim_iccid", "line_msisdn", "porting_msisdn", "service_contract_number", "circuit_id" })
            Assert.True(crm.Schema.FindField(FieldTarget.Deal, key)!.Indexed, key);
    }

    [Fact]
    public async Task Keys_that_other_industries_could_name_the_same_way_carry_a_telecom_word()
    {
        await using var crm = Host();
        string[] generic = ["segment", "status", "type", "source", "priority", "notes", "plan", "product", "date_of_birth", "consent", "language", "complaint"];

        var keys = crm.Schema.Fields.Select(f => f.Key).ToList();

        Assert.DoesNotContain(keys, generic.Contains);
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

public sealed class TelecomNextToBankTests
{
    [Fact]
    public async Task The_telecom_and_bank_plugins_load_side_by_side_in_one_workspace()
    {
        await using var crm = Crm.Framework.Testing.CrmTestHost.Create(new Bank.BankPlugin(), new TelecomPlugin());

        Assert.All(crm.Plugins, p => Assert.Equal(PluginStatus.Loaded, p.Status));
        Assert.Equal(2, crm.Plugins.Count);
        Assert.Equal("Crm.Plugins.Telecom", crm.Schema.DeclaredBy("funnel", "new_connection"));
        Assert.Equal("Crm.Plugins.Bank", crm.Schema.DeclaredBy("funnel", "mortgage"));
    }
}
