using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests;

public sealed class AutomotivePluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_automotive_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Automotive", report.Manifest.Id);
        Assert.Equal("automotive", report.Manifest.Industry);
        Assert.Equal("1.1.0", report.Manifest.Version);
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_letters_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["vehicle_sale", "workshop_service", "warranty_claim"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(
            ["configurator_quote", "test_drive_confirmation", "finance_quotation", "vehicle_order_confirmation", "service_booking_confirmation", "warranty_claim_decision"],
            crm.Schema.Templates.Select(t => t.Key));
        foreach (var channel in new[] { "dealer_showroom", "online_configurator", "test_drive", "service_reception", "roadside_assistance", "connected_car" })
            Assert.Equal("Crm.Plugins.Automotive", crm.Schema.DeclaredBy("channel", channel));
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "phone"));
    }

    [Fact]
    public async Task Every_letter_needs_a_deal_of_the_funnel_it_is_written_for()
    {
        await using var crm = Host();

        foreach (var template in crm.Schema.Templates)
        {
            Assert.True(template.RequiresDeal, $"{template.Key} should need a deal");
            Assert.Single(template.Funnels);
        }
        Assert.Equal(["warranty_claim"], crm.Schema.FindTemplate("warranty_claim_decision")!.Funnels);
    }

    [Fact]
    public async Task The_licence_is_sensitive_and_the_vehicle_identifiers_personal_and_searchable()
    {
        await using var crm = Host();

        var licence = crm.Schema.FindField(FieldTarget.Customer, "driving_licence_number")!;
        Assert.Equal(Sensitivity.Sensitive, licence.Sensitivity);
        Assert.True(licence.Indexed);
        foreach (var (target, key) in new[] { (FieldTarget.Deal, "vin"), (FieldTarget.Deal, "vehicle_reg"), (FieldTarget.Customer, "current_vehicle_reg") })
        {
            var field = crm.Schema.FindField(target, key)!;
            Assert.Equal(Sensitivity.Personal, field.Sensitivity);
            Assert.True(field.Indexed, $"{key} should be indexed");
        }
        foreach (var key in new[] { "driver_date_of_birth", "dealer_contact_preference", "dealer_marketing_consent" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Deal, "vehicle_model")!.Sensitivity);
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
