using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests;

/// <summary>The catalogue, call scripts, teams, lead routing and the disruption SLA the airline declares.</summary>
public sealed class AirlineServiceTests
{
    [Fact]
    public async Task The_catalogue_sells_fares_and_ancillaries_in_euros_in_the_right_funnels()
    {
        await using var crm = Host();

        var products = crm.Schema.Products().ToList();

        Assert.Equal(
            ["fare_economy_classic", "fare_economy_flex", "fare_business_flex", "fare_group_economy", "checked_bag_23kg", "sports_equipment", "seat_extra_legroom", "lounge_pass_tll"],
            products.Select(p => p.Key));
        Assert.All(products, p => Assert.Equal("EUR", p.UnitPrice.Currency));
        Assert.All(products.Where(p => p.Kind == "fare"), p => Assert.Equal(0m, p.TaxRate));
        Assert.Equal(0.24m, crm.Schema.RequireProduct("lounge_pass_tll").TaxRate);
        Assert.Equal(["fare_group_economy", "checked_bag_23kg", "sports_equipment", "lounge_pass_tll"], crm.Schema.ProductsFor("group_booking").Select(p => p.Key));
        Assert.DoesNotContain(crm.Schema.ProductsFor("flight_booking"), p => p.Key == "fare_group_economy");
    }

    [Fact]
    public async Task The_call_scripts_fit_a_held_booking_and_a_quoted_group()
    {
        await using var crm = Host();

        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["airline_ttl_reminder", "airline_group_quote_follow_up"], scripts.Select(s => s.Key));
        Assert.Equal(("flight_booking", "on_hold"), (scripts[0].Funnel, scripts[0].Stage));
        Assert.Equal(("group_booking", "quoted"), (scripts[1].Funnel, scripts[1].Stage));
        Assert.All(scripts, s =>
        {
            Assert.Contains(s.Steps, step => step.IsQuestion);
            Assert.Contains(s.Steps, step => !step.IsQuestion);
            Assert.NotEmpty(s.Objections);
            Assert.False(string.IsNullOrWhiteSpace(s.Closing));
        });
    }

    [Fact]
    public async Task Teams_have_leads_and_the_disruption_desk_takes_escalations()
    {
        await using var crm = Host();

        var teams = crm.Schema.Teams().ToDictionary(t => t.Key);

        Assert.Equal(["airline_reservations", "airline_customer_care"], teams.Keys);
        Assert.Equal("triin.kallas", teams["airline_reservations"].EscalatesTo);
        Assert.Equal("mari.laan", teams["airline_customer_care"].EscalatesTo);
        Assert.Equal("airline_customer_care", Assert.Single(crm.Schema.SlaPolicies()).EscalationTeam);
    }

    [Fact]
    public async Task An_urgent_incident_of_a_frequent_flyer_runs_on_the_round_the_clock_disruption_sla()
    {
        await using var crm = Host();
        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 17, 21, 0, 0, TimeSpan.Zero)); // Saturday, 23:00 in Tallinn
        var flyer = await crm.Send(new CreateCustomer { Name = "Ingrid Andersen", Owner = "triin.kallas", Tags = ["frequent_flyer"] });

        var incident = await crm.Send(new OpenCase
        {
            CustomerId = flyer.Id, Subject = "Missed connection in Copenhagen, no hotel offered", Type = CaseType.Incident, Priority = CasePriority.Urgent,
        });

        // BusinessHours cannot say 24:00, so the day ends at 23:59:59.9999999: a tick is lost at each local midnight.
        Assert.Equal("airline_disruption_care", incident.SlaPolicy);
        Assert.Equal(crm.Clock.GetUtcNow().AddMinutes(30), incident.FirstResponseDue);
        Assert.Equal(crm.Clock.GetUtcNow().AddHours(4), incident.ResolutionDue);
    }

    [Fact]
    public async Task The_disruption_sla_is_only_for_frequent_flyers_incidents_and_complaints()
    {
        await using var crm = Host();
        var flyer = await crm.Send(new CreateCustomer { Name = "Ingrid Andersen", Tags = ["frequent_flyer"] });
        var occasional = await crm.Send(new CreateCustomer { Name = "Sofia Rossi" });

        var request = await crm.Send(new OpenCase { CustomerId = flyer.Id, Subject = "Receipt for the lounge pass", Type = CaseType.Request });
        var complaint = await crm.Send(new OpenCase { CustomerId = flyer.Id, Subject = "Meal not loaded", Type = CaseType.Complaint, Priority = CasePriority.High });
        var other = await crm.Send(new OpenCase { CustomerId = occasional.Id, Subject = "Flight delayed four hours", Type = CaseType.Incident, Priority = CasePriority.Urgent });

        Assert.Equal("standard", request.SlaPolicy);
        Assert.Equal("airline_disruption_care", complaint.SlaPolicy);
        Assert.Equal(crm.Clock.GetUtcNow().AddHours(12), complaint.ResolutionDue);
        Assert.Equal("standard", other.SlaPolicy);
    }

    [Fact]
    public async Task A_missed_disruption_target_is_escalated_to_the_duty_manager()
    {
        await using var crm = Host();
        var flyer = await crm.Send(new CreateCustomer { Name = "Ingrid Andersen", Owner = "triin.kallas", Tags = ["frequent_flyer"] });
        var incident = await crm.Send(new OpenCase
        {
            CustomerId = flyer.Id, Subject = "No wheelchair at the gate", Type = CaseType.Incident, Priority = CasePriority.Urgent, Owner = "kadri.pold",
        });

        crm.Clock.Advance(TimeSpan.FromMinutes(45));
        var escalated = await crm.Send(new EscalateBreachedCases());

        var e = Assert.Single(escalated);
        Assert.Equal(incident.Id, e.Case.Id);
        Assert.Equal(SlaTarget.FirstResponse, e.Target);
        Assert.Equal("mari.laan", e.Case.Owner);
    }

    [Fact]
    public async Task Group_organisers_go_to_the_group_desk_and_app_enquiries_rotate_among_the_reservations_agents()
    {
        await using var crm = Host();

        var choir = await crm.Send(new CaptureLead
        {
            Channel = "web_form", Name = "Kadri Raud", Email = "kadri@choir.ee",
            Fields = new Dictionary<string, object?> { ["airline_account_type"] = "group_organiser" },
        });
        var first = await crm.Send(new CaptureLead { Channel = "airline_app", Name = "Mihkel Tamm", Email = "mihkel@example.com" });
        var second = await crm.Send(new CaptureLead { Channel = "airline_app", Name = "Anu Kask", Email = "anu@example.com" });
        var phoned = await crm.Send(new CaptureLead { Channel = "call_centre_airline", Name = "Toomas Pärn", Phone = "+372 5301 2233" });

        Assert.Equal(("helen.ilves", "airline_group_organisers"), (choir.Owner, choir.Rule));
        Assert.Equal(("triin.kallas", "airline_app_enquiries"), (first.Owner, first.Rule));
        Assert.Equal(("marko.saar", "airline_app_enquiries"), (second.Owner, second.Rule));
        Assert.Null(phoned.Rule);
    }
}
