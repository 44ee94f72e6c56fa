using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;
using Crm.Plugins.Bank;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests;

public sealed class PharmacyPluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_pharmacy_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Pharmacy", report.Manifest.Id);
        Assert.Equal("Crm.Plugins.Pharmacy", typeof(PharmacyPlugin).Assembly.GetName().Name);
        Assert.Equal("pharmacy", report.Manifest.Industry);
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
        Assert.False(string.IsNullOrWhiteSpace(report.Manifest.Description));
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_documents_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["rx_fulfilment", "rx_refill", "rx_medication_review", "rx_vaccination"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(["rx_prescription_label", "rx_refill_reminder", "rx_medication_review_summary"], crm.Schema.Templates.Select(t => t.Key));
        foreach (var channel in new[] { "pharmacy_counter", "drive_through", "e_prescription", "refill_reminder_sms", "refill_ivr", "pharmacy_app", "prescriber_call" })
            Assert.Equal("Crm.Plugins.Pharmacy", crm.Schema.DeclaredBy("channel", channel));
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "note"));
    }

    [Fact]
    public async Task Every_field_key_carries_the_rx_prefix_so_it_cannot_collide_with_another_industry()
    {
        await using var crm = Host();

        var fields = Enum.GetValues<FieldTarget>().SelectMany(crm.Schema.FieldsOf).ToList();

        Assert.Equal(15, fields.Count(f => f.Target == FieldTarget.Customer));
        Assert.Equal(34, fields.Count(f => f.Target == FieldTarget.Deal));
        Assert.Equal(3, fields.Count(f => f.Target == FieldTarget.Interaction));
        Assert.All(fields, f => Assert.StartsWith("rx_", f.Key));
    }

    [Fact]
    public async Task The_plugin_loads_in_one_workspace_with_the_bank()
    {
        await using var crm = CrmTestHost.Create(new BankPlugin(), new PharmacyPlugin());

        Assert.All(crm.Plugins, p => Assert.Equal(PluginStatus.Loaded, p.Status));
        Assert.Equal(8, crm.Schema.Funnels.Count());
    }

    [Fact]
    public async Task Health_data_and_identifiers_are_sensitive_and_contact_preferences_personal()
    {
        await using var crm = Host();

        foreach (var key in new[] { "rx_allergies", "rx_conditions", "rx_member_id", "rx_adherence_pdc" })
            Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "rx_number", "rx_drug_name", "rx_ndc_code", "rx_atc_code", "rx_sig", "rx_indication", "rx_controlled_schedule", "rx_drug_problems", "rx_vaccine" })
            Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Deal, key)!.Sensitivity);
        foreach (var key in new[] { "rx_birth_date", "rx_contact_preference", "rx_sms_opt_in", "rx_plan_type" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "rx_bin", "rx_home_store", "rx_facility_type", "rx_facility_npi" })
            Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Interaction, "rx_side_effect_reported")!.Sensitivity);
    }

    [Fact]
    public async Task The_fields_the_counter_searches_by_are_indexed()
    {
        await using var crm = Host();

        Assert.True(crm.Schema.FindField(FieldTarget.Customer, "rx_birth_date")!.Indexed);
        Assert.True(crm.Schema.FindField(FieldTarget.Deal, "rx_number")!.Indexed);
        Assert.True(crm.Schema.FindField(FieldTarget.Deal, "rx_next_refill_due")!.Indexed);
        Assert.True(crm.Schema.FindField(FieldTarget.Customer, "rx_facility_npi")!.Indexed);
    }

    [Fact]
    public async Task Stage_requirements_name_only_deal_fields_the_pharmacy_declares()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var key in funnel.Stages.SelectMany(s => s.RequiredFields))
        {
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Deal, key));
            Assert.Equal("Crm.Plugins.Pharmacy", crm.Schema.DeclaredBy("field", key));
        }
    }
}
