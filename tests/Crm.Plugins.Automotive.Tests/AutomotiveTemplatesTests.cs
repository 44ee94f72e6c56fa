using Crm.Framework.Testing;
using System.Globalization;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests;

public sealed class AutomotiveTemplatesTests
{
    [Fact]
    public async Task Configurator_quote_with_a_part_exchange_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.QuotedOsprey(customer);

        GoldenFile.Verify("configurator_quote", (await crm.Render(customer, "configurator_quote", deal)).Content);
    }

    [Fact]
    public async Task Configurator_quote_for_a_fleet_matches_the_golden_file()
    {
        await using var crm = Host();
        var fleet = await crm.Send(new CreateCustomer
        {
            Name = "Greenway Facilities Ltd",
            Kind = CustomerKind.Organization,
            Owner = "chris.morgan",
            Contacts = [new ContactPoint(ContactKind.Address, "Unit 4, Perivale Park, Horsenden Lane South, Greenford UB6 7RL")],
            Fields = Values(("vehicle_fleet_company_number", "11482736"), ("vehicle_fleet_size", 64), ("vehicle_buyer_type", "fleet"), ("selling_dealer", "LN014")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = fleet.Id, Funnel = "vehicle_sale", Title = "8 × Norvik Osprey SEL plug-in hybrid", Amount = Gbp(307_960),
            Fields = Values(("dealer_lead_source", "fleet_enquiry"), ("vehicle_model", "osprey"), ("vehicle_quantity", 8)),
        });
        deal = await crm.Move(deal, "quoted", ("vehicle_trim", "sel"), ("vehicle_powertrain", "plug_in_hybrid"), ("vehicle_colour", "Arctic White"),
            ("vehicle_options", new[] { "driver_assistance_pack" }), ("configurator_code", "NK5F8H2Q"),
            ("vehicle_list_price", Gbp(41_995)), ("vehicle_options_price", Gbp(700)), ("dealer_discount", Gbp(4_200)));

        var content = (await crm.Render(fleet, "configurator_quote", deal)).Content;

        GoldenFile.Verify("configurator_quote.fleet", content);
        Assert.Contains("| **Total for 8 vehicles** | **£307,960.00** |", content);
    }

    [Fact]
    public async Task Test_drive_confirmation_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.Move(await crm.OspreyLead(customer), "test_drive",
            ("test_drive_date", new DateOnly(2026, 1, 20)), ("test_drive_time", "10:30"), ("vehicle_powertrain", "full_hybrid"));

        GoldenFile.Verify("test_drive_confirmation", (await crm.Render(customer, "test_drive_confirmation", deal)).Content);
    }

    [Fact]
    public async Task Finance_quotation_for_a_pcp_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.OspreyOnPcp(customer);

        GoldenFile.Verify("finance_quotation", (await crm.Render(customer, "finance_quotation", deal)).Content);
    }

    [Fact]
    public async Task Finance_quotation_for_contract_hire_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver("Emma Clarke");
        var deal = await crm.Move(await crm.QuotedOsprey(customer), "finance_proposal",
            ("motor_finance_type", "contract_hire"), ("motor_finance_deposit", Gbp(2_700)), ("motor_finance_term_months", 35),
            ("motor_finance_apr", 5.9m), ("optional_final_payment", Gbp(17_500)), ("annual_mileage_allowance", 8_000), ("excess_mileage_ppm", 12),
            ("trade_in_valuation", null), ("trade_in_settlement", null), ("trade_in_reg", null), ("trade_in_model", null), ("trade_in_mileage", null));

        var content = (await crm.Render(customer, "finance_quotation", deal)).Content;

        GoldenFile.Verify("finance_quotation.contract_hire", content);
        Assert.Contains("| Initial rental | £2,700.00 |", content);
        Assert.DoesNotContain("APR", content);
        Assert.DoesNotContain("Optional final payment", content);
    }

    [Fact]
    public async Task Vehicle_order_confirmation_for_a_built_car_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.OspreyReadyForDelivery(customer);

        GoldenFile.Verify("vehicle_order_confirmation", (await crm.Render(customer, "vehicle_order_confirmation", deal)).Content);
    }

    [Fact]
    public async Task Service_booking_confirmation_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver("Margaret Doyle");
        var deal = await crm.ServiceBooking(customer);

        GoldenFile.Verify("service_booking_confirmation", (await crm.Render(customer, "service_booking_confirmation", deal)).Content);
    }

    [Fact]
    public async Task Warranty_claim_decision_for_an_approved_claim_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver("Daniel Price");
        var deal = await crm.Move(await crm.ChargerClaim(customer), "approved", ("warranty_authorisation_code", "WA-118402"));

        GoldenFile.Verify("warranty_claim_decision", (await crm.Render(customer, "warranty_claim_decision", deal)).Content);
    }

    [Fact]
    public async Task Warranty_claim_decision_for_a_rejected_claim_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Driver("Daniel Price");
        var deal = await crm.Move(await crm.ChargerClaim(customer), "technical_review");
        deal = await crm.Send(new MoveDeal
        {
            DealId = deal.Id, Stage = "rejected", Reason = "Damage from a non-approved charger",
            Fields = Values(("warranty_decision_note", "The charger module was damaged by a surge from a home charger that is not approved for the car; damage from outside the car is not covered.")),
        });

        var content = (await crm.Render(customer, "warranty_claim_decision", deal)).Content;

        GoldenFile.Verify("warranty_claim_decision.rejected", content);
        Assert.Contains("or you would like us to consider a goodwill contribution", content);
    }

    [Fact]
    public async Task Finance_quotation_works_out_the_pcp_payment_from_the_apr()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var content = (await crm.Render(customer, "finance_quotation", await crm.OspreyOnPcp(customer))).Content;

        // Cash price 36,845 less 3,000 deposit, 1,000 contribution and 7,450 part-exchange equity: 25,395 of credit.
        // Monthly rate from the APR, 36 payments, the 16,250 optional final payment due a month after the last one.
        var r = Math.Pow(1.069, 1.0 / 12) - 1;
        var growth = Math.Pow(1 + r, 36);
        var payment = Math.Round((25_395 * growth - 16_250 / (1 + r)) * r / (growth - 1), 2);
        var total = 3_000 + 1_000 + 7_450 + payment * 36 + 16_250;
        Assert.Equal(373.95, payment);
        Assert.Contains($"| 36 monthly payments of | £{payment.ToString("N2", CultureInfo.InvariantCulture)} |", content);
        Assert.Contains("| Total amount of credit | £25,395.00 |", content);
        Assert.Contains($"| Total amount payable | £{total.ToString("N2", CultureInfo.InvariantCulture)} |", content);
        Assert.Contains($"| Total charge for credit | £{(total - 36_845).ToString("N2", CultureInfo.InvariantCulture)} |", content);
    }

    [Fact]
    public async Task A_zero_percent_hp_divides_the_credit_evenly()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.Move(await crm.QuotedOsprey(customer), "finance_proposal",
            ("motor_finance_type", "hp"), ("motor_finance_deposit", Gbp(5_395)), ("motor_finance_term_months", 24), ("motor_finance_apr", 0m));

        var content = (await crm.Render(customer, "finance_quotation", deal)).Content;

        // 36,845 - 5,395 - 7,450 = 24,000 over 24 months.
        Assert.Contains("| 24 monthly payments of | £1,000.00 |", content);
        Assert.Contains("| Total charge for credit | £0.00 |", content);
    }

    [Fact]
    public async Task A_quote_for_a_lead_leaves_out_the_prices_not_set_yet()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var content = (await crm.Render(customer, "configurator_quote", await crm.OspreyLead(customer))).Content;

        Assert.Contains("As soon as you have chosen the trim, powertrain and options", content);
        Assert.Contains("| Powertrain | to be chosen |", content);
        Assert.DoesNotContain("## Price", content);
        Assert.DoesNotContain("Configurator code", content);
    }

    [Fact]
    public async Task A_test_drive_without_a_date_asks_to_agree_one()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var content = (await crm.Render(customer, "test_drive_confirmation", await crm.OspreyLead(customer))).Content;

        Assert.Contains("| When | to be agreed |", content);
    }

    [Fact]
    public async Task A_sales_letter_is_refused_for_a_workshop_job()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var service = await crm.ServiceBooking(customer);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Render(customer, "configurator_quote", service));

        Assert.Contains("written for deals in vehicle_sale", error.Message);
    }

    [Fact]
    public async Task A_letter_needs_a_deal()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Render(customer, "finance_quotation"));

        Assert.Equal("deal", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task No_letter_prints_the_driving_licence_number()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var sale = await crm.OspreyReadyForDelivery(customer);
        var service = await crm.ServiceBooking(customer);
        var claim = await crm.ChargerClaim(customer);

        foreach (var template in crm.Schema.Templates)
        {
            var deal = template.IsFor("vehicle_sale") ? sale : template.IsFor("workshop_service") ? service : claim;
            Assert.DoesNotContain("WHITF852146S99AB", (await crm.Render(customer, template.Key, deal)).Content);
        }
    }
}
