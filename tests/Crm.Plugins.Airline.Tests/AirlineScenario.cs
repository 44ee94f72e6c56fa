using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Airline.Tests;

/// <summary>An airline test host and the passengers, companies and deals most tests start from.</summary>
internal static class AirlineScenario
{
    public static CrmTestHost Host() => CrmTestHost.Create(new AirlinePlugin());

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>A Gold frequent flyer with a passport on file.</summary>
    public static Task<Customer> Passenger(this CrmTestHost crm, string name = "Kristjan Lepp") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "triin.kallas",
        Contacts = [new ContactPoint(ContactKind.Email, "kristjan.lepp@example.com"), new ContactPoint(ContactKind.Address, "Kadaka tee 88-14, 12618 Tallinn, Estonia")],
        Fields = Values(
            ("ffp_number", "100482731"), ("ffp_tier", "gold"), ("ffp_award_miles", 64_200), ("ffp_tier_miles", 41_350),
            ("ffp_tier_valid_until", Day(2026, 3, 31)), ("passenger_date_of_birth", Day(1981, 5, 19)), ("passenger_passport_number", "K4810372"),
            ("passenger_passport_expiry", Day(2031, 8, 14)), ("passenger_passport_country", "EST"), ("home_airport", "TLL"), ("airline_account_type", "business_traveller")),
    });

    /// <summary>A company that travels, for corporate and group deals.</summary>
    public static Task<Customer> Company(this CrmTestHost crm, string name = "Põhjala Energia AS") => crm.Send(new CreateCustomer
    {
        Name = name,
        Kind = CustomerKind.Organization,
        Owner = "andres.vaher",
        Contacts = [new ContactPoint(ContactKind.Address, "Lõõtsa 5, 11415 Tallinn, Estonia")],
        Fields = Values(("airline_account_type", "corporate"), ("home_airport", "TLL"), ("annual_air_spend", Eur(1_150_000))),
    });

    /// <summary>A school that organises a class trip.</summary>
    public static Task<Customer> College(this CrmTestHost crm) => crm.Send(new CreateCustomer
    {
        Name = "Tallinn English College",
        Kind = CustomerKind.Organization,
        Owner = "helen.ilves",
        Contacts = [new ContactPoint(ContactKind.Address, "Estonia pst 10, 10148 Tallinn, Estonia")],
        Fields = Values(("airline_account_type", "group_organiser"), ("home_airport", "TLL")),
    });

    /// <summary>An enquiry for a business-class London return.</summary>
    public static Task<Deal> LondonEnquiry(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "flight_booking",
        Title = "Tallinn–London Heathrow return, 9–12 February",
        Amount = Eur(908.40m),
        Fields = Values(("origin_airport", "TLL"), ("destination_airport", "LHR"), ("outbound_date", Day(2026, 2, 9)),
            ("inbound_date", Day(2026, 2, 12)), ("cabin", "business")),
    });

    /// <summary>The London return held with a PNR.</summary>
    public static async Task<Deal> LondonOnHold(this CrmTestHost crm, Customer customer) =>
        await crm.Move(await crm.LondonEnquiry(customer), "on_hold",
            ("pnr", "K7QX2M"), ("outbound_flight", "BN301"), ("outbound_time", "07:25"), ("inbound_flight", "BN302"), ("inbound_time", "18:40"),
            ("booking_class", "J"), ("base_fare", Eur(812.00m)), ("fare_taxes", Eur(96.40m)), ("ticketing_time_limit", Day(2026, 1, 16)));

    /// <summary>The London return ticketed on a flexible business fare.</summary>
    public static async Task<Deal> LondonTicketed(this CrmTestHost crm, Customer customer) =>
        await crm.Move(await crm.LondonOnHold(customer), "ticketed",
            ("eticket_number", "4122400123456"), ("fare_basis", "JFLEX"), ("baggage_allowance", "2PC"));

    /// <summary>A school group request: 28 to London Gatwick in April, one teacher free.</summary>
    public static Task<Deal> SchoolGroup(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "group_booking",
        Title = "School trip to London — 28 passengers",
        Amount = Eur(7_803.00m),
        Fields = Values(("group_booking_type", "school"), ("group_pax", 28), ("origin_airport", "TLL"), ("destination_airport", "LGW"),
            ("outbound_date", Day(2026, 4, 20)), ("inbound_date", Day(2026, 4, 24)), ("group_foc_seats", 1)),
    });

    /// <summary>The school group quoted at 289 EUR a head.</summary>
    public static async Task<Deal> SchoolGroupQuoted(this CrmTestHost crm, Customer customer) =>
        await crm.Move(await crm.SchoolGroup(customer), "quoted",
            ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(289.00m)), ("group_option_date", Day(2026, 1, 29)),
            ("outbound_flight", "BN311"), ("outbound_time", "07:10"), ("inbound_flight", "BN312"), ("inbound_time", "19:55"), ("baggage_allowance", "1PC"));

    /// <summary>A corporate RFP for 2,400 segments a year.</summary>
    public static Task<Deal> CorporateRfp(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "corporate_travel_contract",
        Title = "Fare agreement 2026–2027",
        Amount = Eur(540_000),
        Fields = Values(("annual_segments", 2_400)),
    });

    /// <summary>The corporate deal taken to negotiation with a 12% proposal.</summary>
    public static async Task<Deal> CorporateInNegotiation(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.CorporateRfp(customer);
        deal = await crm.Move(deal, "traffic_analysis", ("top_city_pairs", "TLL-LHR, TLL-CPH, TLL-OSL, TLL-HAM"), ("airline_share_pct", 48));
        deal = await crm.Move(deal, "proposal_sent",
            ("fare_discount_pct", 12), ("discounted_cabins", new[] { "economy", "business" }), ("airline_share_target_pct", 70));
        return await crm.Move(deal, "negotiation", ("tmc_name", "Nordic Travel Management OÜ"));
    }

    /// <summary>The corporate deal signed with tour code BNPE2602 for a year from 1 February.</summary>
    public static async Task<Deal> CorporateSigned(this CrmTestHost crm, Customer customer) =>
        await crm.Move(await crm.CorporateInNegotiation(customer), "contract_signed",
            ("tour_code", "BNPE2602"), ("fare_agreement_start", Day(2026, 2, 1)), ("fare_agreement_end", Day(2027, 1, 31)), ("change_fee_waiver", true));

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });
}
