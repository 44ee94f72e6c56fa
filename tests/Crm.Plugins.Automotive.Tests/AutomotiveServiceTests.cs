using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests;

/// <summary>The catalogue, call scripts, teams, lead routing and the fleet uptime SLA the automotive plugin declares.</summary>
public sealed class AutomotiveServiceTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_catalogue_sells_vehicles_and_aftersales_in_pounds_with_uk_taxes()
    {
        await using var crm = Host();

        var products = crm.Schema.Products().ToList();

        Assert.Equal(
        [
            "norvik_kestrel_se_mhev", "norvik_osprey_sel_phev", "norvik_merlin_e_long_range", "norvik_falcon_van_trend",
            "norvik_service_plan_3yr", "norvik_extended_warranty_2yr", "workshop_annual_service", "mot_test_class_4",
        ], products.Select(p => p.Key));
        Assert.All(products, p => Assert.Equal("GBP", p.UnitPrice.Currency));
        Assert.All(products.Where(p => p.Kind == "vehicle"), p => Assert.Equal(0.20m, p.TaxRate));
        Assert.Equal(0.12m, crm.Schema.RequireProduct("norvik_extended_warranty_2yr").TaxRate);
        Assert.Equal(0m, crm.Schema.RequireProduct("mot_test_class_4").TaxRate);
        Assert.Equal(
            ["norvik_service_plan_3yr", "norvik_extended_warranty_2yr", "workshop_annual_service", "mot_test_class_4"],
            crm.Schema.ProductsFor("workshop_service").Select(p => p.Key));
        Assert.Empty(crm.Schema.ProductsFor("warranty_claim"));
    }

    [Fact]
    public async Task The_catalogue_price_of_a_car_with_vat_is_its_retail_price()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.QuotedOsprey(customer);

        var quote = await crm.Send(new CreateQuote { DealId = deal.Id });
        quote = await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "norvik_osprey_sel_phev" });

        Assert.Equal(Gbp(41_995.00m), quote.Total);
    }

    [Fact]
    public async Task The_call_scripts_fit_the_test_drive_and_the_service_booking()
    {
        await using var crm = Host();

        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["automotive_test_drive_follow_up", "automotive_service_reminder"], scripts.Select(s => s.Key));
        Assert.Equal(("vehicle_sale", "test_drive"), (scripts[0].Funnel, scripts[0].Stage));
        Assert.Equal(("workshop_service", "booked"), (scripts[1].Funnel, scripts[1].Stage));
        Assert.All(scripts, s =>
        {
            Assert.Contains(s.Steps, step => step.IsQuestion);
            Assert.Contains(s.Steps, step => !step.IsQuestion);
            Assert.NotEmpty(s.Objections);
            Assert.False(string.IsNullOrWhiteSpace(s.Closing));
        });
    }

    [Fact]
    public async Task Teams_have_leads_and_the_fleet_desk_takes_fleet_escalations()
    {
        await using var crm = Host();

        var teams = crm.Schema.Teams().ToDictionary(t => t.Key);

        Assert.Equal(["automotive_retail_sales", "automotive_fleet_desk"], teams.Keys);
        Assert.Equal("joanne.walsh", teams["automotive_retail_sales"].EscalatesTo);
        Assert.Equal("rachel.hughes", teams["automotive_fleet_desk"].EscalatesTo);
        Assert.Equal("automotive_fleet_desk", Assert.Single(crm.Schema.SlaPolicies()).EscalationTeam);
    }

    [Fact]
    public async Task A_fleet_customers_vehicle_off_the_road_is_due_back_within_a_working_day()
    {
        await using var crm = Host();
        var fleet = await crm.Send(new CreateCustomer { Name = "Greenway Facilities Ltd", Kind = CustomerKind.Organization, Fields = Values(("vehicle_buyer_type", "fleet")) });

        var offRoad = await crm.Send(new OpenCase { CustomerId = fleet.Id, Subject = "Van off the road", Type = CaseType.Incident, Priority = CasePriority.Urgent });

        Assert.Equal("automotive_fleet_uptime", offRoad.SlaPolicy);
        Assert.Equal(Thursday.AddHours(1), offRoad.FirstResponseDue);
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 9, 0, 0, TimeSpan.Zero), offRoad.ResolutionDue); // 9 hours on Thursday, the 10th on Friday
    }

    [Fact]
    public async Task The_fleet_sla_counts_saturdays_and_is_for_fleet_customers_only()
    {
        await using var crm = Host();
        var fleet = await crm.Send(new CreateCustomer { Name = "Greenway Facilities Ltd", Kind = CustomerKind.Organization, Fields = Values(("vehicle_buyer_type", "fleet")) });
        var driver = await crm.Driver();
        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 16, 17, 0, 0, TimeSpan.Zero)); // Friday, an hour before closing

        var request = await crm.Send(new OpenCase { CustomerId = fleet.Id, Subject = "Rebook the MOT for LB22 KTP", Type = CaseType.Request });
        var privateCase = await crm.Send(new OpenCase { CustomerId = driver.Id, Subject = "Warning light", Type = CaseType.Incident, Priority = CasePriority.Urgent });

        Assert.Equal("automotive_fleet_uptime", request.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 17, 11, 0, 0, TimeSpan.Zero), request.FirstResponseDue);  // 1 h Friday + 3 h Saturday
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 17, 0, 0, TimeSpan.Zero), request.ResolutionDue);     // 1 + 10 (Sat) + 10 (Mon) + 9 (Tue)
        Assert.Equal("standard", privateCase.SlaPolicy);
    }

    [Fact]
    public async Task A_missed_fleet_target_is_escalated_to_the_fleet_desk_manager()
    {
        await using var crm = Host();
        var fleet = await crm.Send(new CreateCustomer { Name = "Greenway Facilities Ltd", Kind = CustomerKind.Organization, Fields = Values(("vehicle_buyer_type", "fleet")) });
        var offRoad = await crm.Send(new OpenCase
        {
            CustomerId = fleet.Id, Subject = "Van off the road", Type = CaseType.Incident, Priority = CasePriority.Urgent, Owner = "dev.patel",
        });

        crm.Clock.Advance(TimeSpan.FromHours(2));
        var escalated = await crm.Send(new EscalateBreachedCases());

        var e = Assert.Single(escalated);
        Assert.Equal((offRoad.Id, SlaTarget.FirstResponse), (e.Case.Id, e.Target));
        Assert.Equal("rachel.hughes", e.Case.Owner);
    }

    [Fact]
    public async Task Fleet_enquiries_go_to_the_fleet_desk_and_configurator_leads_rotate_among_the_sales_executives()
    {
        await using var crm = Host();

        var fleet = await crm.Send(new CaptureLead
        {
            Channel = "online_configurator", Company = "Brightwell Logistics Ltd", Email = "fleet@brightwell.example.co.uk",
            Fields = new Dictionary<string, object?> { ["vehicle_buyer_type"] = "fleet" },
        });
        var first = await crm.Send(new CaptureLead { Channel = "online_configurator", Name = "Rhys Morgan", Email = "rhys@example.co.uk" });
        var second = await crm.Send(new CaptureLead { Channel = "online_configurator", Name = "Ffion Jones", Email = "ffion@example.co.uk" });
        var walkIn = await crm.Send(new CaptureLead { Channel = "dealer_showroom", Name = "Ian Shaw", Phone = "07700 900111" });

        Assert.Equal(("rachel.hughes", "automotive_fleet_enquiries"), (fleet.Owner, fleet.Rule));
        Assert.Equal(("chris.morgan", "automotive_configurator_leads"), (first.Owner, first.Rule));
        Assert.Equal(("aisha.rahman", "automotive_configurator_leads"), (second.Owner, second.Rule));
        Assert.Null(walkIn.Rule);
    }
}
