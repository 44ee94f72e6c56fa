using Crm.Framework.Testing.Conformance;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests;

public sealed class AirlinePluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_airline_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Airline", report.Manifest.Id);
        Assert.Equal("airline", report.Manifest.Industry);
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
        Assert.False(string.IsNullOrWhiteSpace(report.Manifest.Description));
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_documents_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["flight_booking", "group_booking", "corporate_travel_contract"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(["eticket_receipt", "group_booking_quote", "corporate_fare_agreement", "ffp_statement"], crm.Schema.Templates.Select(t => t.Key));
        foreach (var channel in new[] { "check_in_desk", "boarding_gate", "airport_lounge", "inflight", "call_centre_airline", "airline_app" })
            Assert.Equal("Crm.Plugins.Airline", crm.Schema.DeclaredBy("channel", channel));
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "phone"));
    }

    [Fact]
    public async Task The_plugin_declares_fields_on_customers_deals_and_interactions()
    {
        await using var crm = Host();

        foreach (var key in new[] { "ffp_number", "ffp_tier", "passenger_passport_number", "passenger_meal_ssr", "home_airport", "iata_agency_number" })
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Customer, key));
        foreach (var key in new[] { "pnr", "eticket_number", "booking_class", "cabin", "fare_basis", "group_pax", "tour_code" })
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Deal, key));
        foreach (var key in new[] { "airport_code", "flight_number", "flight_disruption", "eu261_compensation", "pir_reference" })
            Assert.NotNull(crm.Schema.FindField(FieldTarget.Interaction, key));
    }

    [Fact]
    public async Task Passport_and_special_service_requests_are_sensitive_and_preferences_personal()
    {
        await using var crm = Host();

        foreach (var key in new[] { "passenger_passport_number", "passenger_meal_ssr", "passenger_assistance_ssr" })
            Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "ffp_number", "passenger_date_of_birth", "passenger_passport_expiry", "passenger_contact_channel", "passenger_marketing_consent", "passenger_seat_preference" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Customer, "ffp_tier")!.Sensitivity);
        Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Deal, "booking_class")!.Sensitivity);
        Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Deal, "cabin")!.Sensitivity);
    }

    [Fact]
    public async Task The_keys_staff_search_by_are_indexed()
    {
        await using var crm = Host();

        foreach (var key in new[] { "ffp_number", "ffp_tier", "passenger_passport_number", "home_airport", "iata_agency_number" })
            Assert.True(crm.Schema.FindField(FieldTarget.Customer, key)!.Indexed, key);
        foreach (var key in new[] { "pnr", "eticket_number", "tour_code" })
            Assert.True(crm.Schema.FindField(FieldTarget.Deal, key)!.Indexed, key);
    }

    [Fact]
    public async Task Stage_requirements_name_only_deal_fields_this_plugin_declares()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var key in funnel.Stages.SelectMany(s => s.RequiredFields))
            Assert.True(crm.Schema.FindField(FieldTarget.Deal, key) is not null, $"{funnel.Key} requires unknown deal field '{key}'.");
    }

    [Fact]
    public async Task Every_funnel_starts_open_reaches_every_stage_and_can_be_won_or_lost()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        {
            var reachable = PluginConformance.ReachableStages(funnel).Select(s => s.Key).ToHashSet();
            Assert.False(funnel.Start.IsClosed);
            Assert.All(funnel.Stages, s => Assert.True(reachable.Contains(s.Key), $"{funnel.Key}/{s.Key} cannot be reached."));
            Assert.Contains(funnel.Stages, s => s.Kind == StageKind.Won);
            Assert.Contains(funnel.Stages, s => s.Kind == StageKind.Lost);
            foreach (var stage in funnel.Stages.Where(s => !s.IsClosed))
            {
                Assert.NotEmpty(stage.Next);
                Assert.Contains(stage.Next, next => funnel.FindStage(next)!.Kind == StageKind.Lost);
            }
        }
    }
}
