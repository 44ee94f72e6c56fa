using System.Text.RegularExpressions;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests;

public sealed partial class AirlineTemplatesTests
{
    [Fact]
    public async Task Eticket_receipt_for_a_business_return_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Passenger();
        var deal = await crm.LondonTicketed(customer);

        var document = await Render(crm, customer, "eticket_receipt", deal);

        GoldenFile.Verify("eticket_receipt", document.Content);
    }

    [Fact]
    public async Task Eticket_receipt_for_a_passenger_with_assistance_and_an_expiring_passport_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Ingrid Andersen",
            Fields = Values(("ffp_number", "100217764"), ("ffp_tier", "platinum"), ("passenger_passport_number", "205998712"),
                ("passenger_passport_expiry", Day(2026, 5, 30)), ("passenger_meal_ssr", "GFML"), ("passenger_assistance_ssr", new[] { "WCHS" })),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "flight_booking", Title = "Copenhagen–Tallinn one way", Amount = Eur(187.70m),
            Fields = Values(("origin_airport", "CPH"), ("destination_airport", "TLL"), ("outbound_date", Day(2026, 2, 20)), ("cabin", "economy")),
        });
        deal = await crm.Move(deal, "on_hold", ("pnr", "R2VB8N"), ("outbound_flight", "BN152"), ("outbound_time", "10:05"), ("booking_class", "M"),
            ("base_fare", Eur(149.00m)), ("fare_taxes", Eur(38.70m)), ("ticketing_time_limit", Day(2026, 1, 16)));
        deal = await crm.Move(deal, "ticketed", ("eticket_number", "4122400119842"), ("fare_basis", "MSAVER"), ("baggage_allowance", "1PC"));

        var content = (await Render(crm, customer, "eticket_receipt", deal)).Content;

        GoldenFile.Verify("eticket_receipt.assistance", content);
        Assert.DoesNotContain("205998712", content);
        Assert.Contains("expires on 30 May 2026, less than six months after your last flight", content);
    }

    [Fact]
    public async Task Group_booking_quote_matches_the_golden_file()
    {
        await using var crm = Host();
        var college = await crm.College();
        var deal = await crm.SchoolGroupQuoted(college);

        var document = await Render(crm, college, "group_booking_quote", deal);

        GoldenFile.Verify("group_booking_quote", document.Content);
    }

    [Fact]
    public async Task Group_booking_quote_works_out_the_total_the_deposit_and_the_deadlines()
    {
        await using var crm = Host();
        var college = await crm.College();
        var deal = await crm.SchoolGroupQuoted(college);

        var content = (await Render(crm, college, "group_booking_quote", deal)).Content;

        // 28 passengers, one free seat: 27 × 289.00 = 7,803.00; deposit 10% = 780.30.
        Assert.Contains("| Paying passengers | 27 |", content);
        Assert.Contains("| **Total group fare** | **7,803.00 EUR** |", content);
        Assert.Contains("| Deposit to confirm the group | 780.30 EUR |", content);
        // Departure 20 April 2026: names 21 days before, tickets 14 days before.
        Assert.Contains("by 30 March 2026", content);
        Assert.Contains("issued by 6 April 2026", content);
    }

    [Fact]
    public async Task Corporate_agreement_summary_of_a_signed_agreement_matches_the_golden_file()
    {
        await using var crm = Host();
        var company = await crm.Company();
        var deal = await crm.CorporateSigned(company);

        var document = await Render(crm, company, "corporate_fare_agreement", deal);

        GoldenFile.Verify("corporate_fare_agreement", document.Content);
    }

    [Fact]
    public async Task Corporate_agreement_summary_in_negotiation_is_a_proposal_without_a_tour_code()
    {
        await using var crm = Host();
        var company = await crm.Company();
        var deal = await crm.CorporateInNegotiation(company);

        var content = (await Render(crm, company, "corporate_fare_agreement", deal)).Content;

        GoldenFile.Verify("corporate_fare_agreement.proposal", content);
        Assert.Contains("Status: proposal for discussion, not binding until signed", content);
        Assert.DoesNotContain("Tour code", content);
    }

    [Fact]
    public async Task Ffp_statement_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Passenger();
        await crm.LondonTicketed(customer);
        await crm.Send(new Crm.Framework.Interactions.LogInteraction
        {
            CustomerId = customer.Id, Channel = "airport_lounge", Subject = "Used the business lounge", Fields = Values(("airport_code", "TLL")),
            OccurredAt = crm.Clock.GetUtcNow().AddDays(-3),
        });

        var document = await Render(crm, customer, "ffp_statement");

        GoldenFile.Verify("ffp_statement", document.Content);
    }

    [Fact]
    public async Task Ffp_statement_invites_a_non_member_to_join()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer { Name = "Sofia Rossi" });

        var content = (await Render(crm, customer, "ffp_statement")).Content;

        Assert.Contains("You are not a member of our frequent flyer programme yet.", content);
        Assert.DoesNotContain("Award miles", content);
    }

    [Theory]
    [InlineData("eticket_receipt")]
    [InlineData("group_booking_quote")]
    [InlineData("corporate_fare_agreement")]
    public async Task Deal_documents_need_a_deal(string template)
    {
        await using var crm = Host();
        var customer = await crm.Passenger();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => Render(crm, customer, template));

        Assert.Equal("deal", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Templates_reference_only_fields_this_plugin_declares()
    {
        await using var crm = Host();

        foreach (var template in crm.Schema.Templates)
        foreach (Match m in FieldReference().Matches(template.Source))
        {
            var (owner, key) = (m.Groups[1].Value, m.Groups[2].Value);
            var declared = owner switch
            {
                "customer" => crm.Schema.FindField(FieldTarget.Customer, key) is not null,
                "deal" or "d" => crm.Schema.FindField(FieldTarget.Deal, key) is not null,
                "i" => crm.Schema.FindField(FieldTarget.Interaction, key) is not null,
                _ => false,
            };
            Assert.True(declared, $"{template.Key} references {owner}.fields.{key}, which is not a declared field.");
        }
    }

    [GeneratedRegex(@"\b([a-z_]+)\.fields\.([a-z0-9_]+)")]
    private static partial Regex FieldReference();

    private static Task<Document> Render(CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
