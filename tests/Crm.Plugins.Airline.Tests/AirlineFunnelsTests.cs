using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests;

public sealed class AirlineFunnelsTests
{
    [Fact]
    public async Task An_enquiry_needs_the_route_the_date_and_the_cabin()
    {
        await using var crm = Host();
        var customer = await crm.Passenger();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "flight_booking", Title = "London trip", Amount = Eur(900),
        }));

        Assert.Equal(["origin_airport", "destination_airport", "outbound_date", "cabin"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task An_enquiry_cannot_be_ticketed_without_a_held_booking()
    {
        await using var crm = Host();
        var deal = await crm.LondonEnquiry(await crm.Passenger());

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "ticketed",
            ("eticket_number", "4122400123456"), ("fare_basis", "JFLEX"), ("baggage_allowance", "2PC")));

        Assert.Contains("cannot move from 'enquiry' to 'ticketed'", error.Message);
        Assert.Contains("allowed next stages: on_hold, declined_by_passenger", error.Message);
        Assert.Equal("enquiry", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task Holding_a_booking_needs_the_pnr_the_flight_the_fare_and_the_ticketing_time_limit()
    {
        await using var crm = Host();
        var deal = await crm.LondonEnquiry(await crm.Passenger());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "on_hold", ("pnr", "K7QX2M")));

        Assert.Equal(["outbound_flight", "booking_class", "base_fare", "fare_taxes", "ticketing_time_limit"], error.Errors.Select(e => e.Field));
        Assert.Contains("is required to enter stage 'on_hold' of funnel 'flight_booking'", error.Message);
    }

    [Fact]
    public async Task Ticketing_needs_the_ticket_number_then_wins_the_deal_and_makes_a_customer()
    {
        await using var crm = Host();
        var customer = await crm.Passenger();
        var deal = await crm.LondonOnHold(customer);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "ticketed", ("fare_basis", "JFLEX"), ("baggage_allowance", "2PC")));
        deal = await crm.Move(deal, "ticketed", ("eticket_number", "4122400123456"), ("fare_basis", "JFLEX"), ("baggage_allowance", "2PC"));

        Assert.Equal("eticket_number", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(customer.Id))).Lifecycle);
    }

    [Fact]
    public async Task A_lapsed_option_needs_a_reason()
    {
        await using var crm = Host();
        var deal = await crm.LondonOnHold(await crm.Passenger());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "option_expired"));
        var lapsed = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "option_expired", Reason = "Not paid by the ticketing time limit" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, lapsed.Status);
        Assert.Equal("Not paid by the ticketing time limit", lapsed.LostReason);
    }

    [Fact]
    public async Task A_group_quote_needs_the_fare_per_passenger_and_the_option_date()
    {
        await using var crm = Host();
        var deal = await crm.SchoolGroup(await crm.College());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "quoted", ("cabin", "economy"), ("booking_class", "G")));

        Assert.Equal(["group_fare_per_pax", "group_option_date"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_group_goes_from_quote_to_ticketed_only_through_deposit_and_names()
    {
        await using var crm = Host();
        var deal = await crm.SchoolGroupQuoted(await crm.College());

        var skip = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "ticketed", ("eticket_number", "4122400098011")));
        var noPnr = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "deposit_paid",
            ("group_deposit_amount", Eur(780.30m)), ("group_names_deadline", Day(2026, 3, 30))));
        deal = await crm.Move(deal, "deposit_paid", ("pnr", "S3CHLG"), ("group_deposit_amount", Eur(780.30m)), ("group_names_deadline", Day(2026, 3, 30)));
        var noNames = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "names_submitted"));
        deal = await crm.Move(deal, "names_submitted", ("group_names_received", 28));
        deal = await crm.Move(deal, "ticketed", ("eticket_number", "4122400098011"));

        Assert.Contains("allowed next stages: deposit_paid, request, lost", skip.Message);
        Assert.Equal("pnr", Assert.Single(noPnr.Errors).Field);
        Assert.Equal("group_names_received", Assert.Single(noNames.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
    }

    [Fact]
    public async Task A_corporate_proposal_needs_the_discount_the_cabins_and_the_share_commitment()
    {
        await using var crm = Host();
        var deal = await crm.CorporateRfp(await crm.Company());
        deal = await crm.Move(deal, "traffic_analysis", ("top_city_pairs", "TLL-LHR, TLL-CPH"), ("airline_share_pct", 48));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "proposal_sent"));

        Assert.Equal(["fare_discount_pct", "discounted_cabins", "airline_share_target_pct"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_contract_is_signed_only_with_a_tour_code_and_its_validity()
    {
        await using var crm = Host();
        var deal = await crm.CorporateInNegotiation(await crm.Company());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "contract_signed"));
        var signed = await crm.Move(deal, "contract_signed",
            ("tour_code", "BNPE2602"), ("fare_agreement_start", Day(2026, 2, 1)), ("fare_agreement_end", Day(2027, 1, 31)));

        Assert.Equal(["tour_code", "fare_agreement_start", "fare_agreement_end"], error.Errors.Select(e => e.Field));
        Assert.Equal(DealStatus.Won, signed.Status);
    }

    [Fact]
    public async Task A_discount_above_fifty_percent_is_refused()
    {
        await using var crm = Host();
        var deal = await crm.CorporateRfp(await crm.Company());
        deal = await crm.Move(deal, "traffic_analysis", ("top_city_pairs", "TLL-LHR"), ("airline_share_pct", 48));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "proposal_sent",
            ("fare_discount_pct", 55), ("discounted_cabins", "economy"), ("airline_share_target_pct", 70)));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("fare_discount_pct", broken.Field);
        Assert.Equal("must be between 0 and 50", broken.Rule);
    }
}
