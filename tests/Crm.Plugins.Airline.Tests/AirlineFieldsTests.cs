using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests;

public sealed class AirlineFieldsTests
{
    [Fact]
    public async Task A_negative_miles_balance_is_refused_naming_the_field_and_the_rule()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Kristjan Lepp", Fields = Values(("ffp_award_miles", -500)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("ffp_award_miles", broken.Field);
        Assert.Equal("must be between 0 and 10000000", broken.Rule);
        Assert.Contains("'ffp_award_miles'", error.Message);
    }

    [Fact]
    public async Task A_malformed_passport_number_is_refused_and_masked_in_the_message()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Kristjan Lepp", Fields = Values(("passenger_passport_number", "k 481-0372")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("passenger_passport_number", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("6 to 9 capital letters and digits", error.Message);
        Assert.DoesNotContain("481-0372", error.Message);
    }

    [Fact]
    public async Task A_passenger_is_found_by_frequent_flyer_number_and_by_passport()
    {
        await using var crm = Host();
        var kristjan = await crm.Passenger();
        await crm.Send(new CreateCustomer { Name = "Ingrid Andersen", Fields = Values(("ffp_number", "100217764"), ("passenger_passport_number", "205998712")) });

        var byCard = await crm.Send(new FindCustomers { FieldKey = "ffp_number", FieldValue = "100482731" });
        var byPassport = await crm.Send(new FindCustomers { FieldKey = "passenger_passport_number", FieldValue = "K4810372" });

        Assert.Equal(kristjan.Id, Assert.Single(byCard).Id);
        Assert.Equal(kristjan.Id, Assert.Single(byPassport).Id);
    }

    [Fact]
    public async Task The_tier_must_be_one_of_the_programme_tiers()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Kristjan Lepp", Fields = Values(("ffp_tier", "diamond")) }));

        Assert.Equal("must be one of: blue, silver, gold, platinum", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task Assistance_requests_take_only_iata_ssr_codes()
    {
        await using var crm = Host();

        var ingrid = await crm.Send(new CreateCustomer { Name = "Ingrid Andersen", Fields = Values(("passenger_assistance_ssr", "wchs, DEAF")) });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Ingrid Andersen", Fields = Values(("passenger_assistance_ssr", "wheelchair")) }));

        Assert.Equal(["WCHS", "DEAF"], (string[])ingrid.Fields["passenger_assistance_ssr"]);
        Assert.Equal("passenger_assistance_ssr", Assert.Single(error.Errors).Field);
        Assert.Equal("***", Assert.Single(error.Errors).Value);
    }

    [Theory]
    [InlineData("Tallinn")]
    [InlineData("tll")]
    [InlineData("TL")]
    public async Task An_airport_must_be_a_three_letter_iata_code(string code)
    {
        await using var crm = Host();
        var customer = await crm.Passenger();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "check_in_desk", Subject = "Checked in", Fields = Values(("airport_code", code)),
        }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("airport_code", broken.Field);
        Assert.Equal("must be a three-letter IATA airport code in capitals, e.g. TLL or LHR", broken.Rule);
    }

    [Fact]
    public async Task A_disruption_logged_at_the_desk_keeps_the_flight_and_the_compensation()
    {
        await using var crm = Host();
        var customer = await crm.Passenger();

        var claim = await crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "call_centre_airline", Subject = "Claimed compensation for the cancelled flight",
            Fields = Values(("flight_number", "BN421"), ("flight_disruption", "cancellation"), ("eu261_compensation", Eur(400))),
        });

        Assert.Equal("BN421", claim.Fields.GetText("flight_number"));
        Assert.Equal(Eur(400), claim.Fields.GetMoney("eu261_compensation"));
    }

    [Theory]
    [InlineData("700 EUR", "must be between 0 and 600")]
    [InlineData("400 USD", "must be in EUR")]
    public async Task EU261_compensation_is_at_most_600_euros(string amount, string rule)
    {
        await using var crm = Host();
        var customer = await crm.Passenger();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "call_centre_airline", Subject = "Compensation claim", Fields = Values(("eu261_compensation", amount)),
        }));

        Assert.Equal(rule, Assert.Single(error.Errors).Rule);
    }

    [Theory]
    [InlineData("pnr", "K7QX2", "a 6-character booking reference")]
    [InlineData("eticket_number", "412-2400123456", "13 digits")]
    [InlineData("booking_class", "S", "must be one of: F, A, J")]
    public async Task Booking_references_tickets_and_classes_keep_their_airline_formats(string key, string value, string rule)
    {
        await using var crm = Host();
        var deal = await crm.LondonEnquiry(await crm.Passenger());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new MoveDeal
        {
            DealId = deal.Id, Stage = "declined_by_passenger", Reason = "Changed plans", Fields = Values((key, value)),
        }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal(key, broken.Field);
        Assert.Contains(rule, broken.Rule);
    }

    [Fact]
    public async Task A_group_has_at_least_ten_passengers()
    {
        await using var crm = Host();
        var company = await crm.Company();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = company.Id, Funnel = "group_booking", Title = "Board trip", Amount = Eur(3_000),
            Fields = Values(("group_booking_type", "corporate_event"), ("group_pax", 6), ("origin_airport", "TLL"), ("destination_airport", "LHR"),
                ("outbound_date", Day(2026, 5, 4))),
        }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("group_pax", broken.Field);
        Assert.Equal("must be between 10 and 500", broken.Rule);
    }
}
