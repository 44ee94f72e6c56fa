using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests;

public sealed class TelecomTemplatesTests
{
    [Fact]
    public async Task Contract_summary_for_a_handset_on_a_device_plan_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.PortScheduled(customer);

        var document = await Render(crm, customer, "telecom_service_contract", deal);

        GoldenFile.Verify("telecom_service_contract", document.Content);
    }

    [Fact]
    public async Task Contract_summary_for_a_business_fleet_matches_the_golden_file()
    {
        await using var crm = Host();
        var company = await Northgate(crm);
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = company.Id, Funnel = "b2b_mobile_fleet", Title = "Driver fleet — 180 lines, 2 TB shared pool", Amount = Gbp(51_840),
            Fields = Values(("fleet_data_pool_gb", 2_000), ("connection_charge", Gbp(0))),
        });
        deal = await crm.Move(deal, "needs_analysis", ("mobile_fleet_lines", 180));
        deal = await crm.Move(deal, "proposal", ("tariff_plan", "business_shared_data"), ("contract_term_months", 36), ("monthly_recurring_charge", Gbp(8)));
        deal = await crm.Move(deal, "negotiation");
        deal = await crm.Move(deal, "contract_signed", ("credit_vet_ref", "CV26010922"), ("service_contract_number", "SC-2026-004230"));

        var document = await Render(crm, company, "telecom_service_contract", deal);

        GoldenFile.Verify("telecom_service_contract.business_fleet", document.Content);
    }

    [Fact]
    public async Task Contract_summary_for_a_fibre_order_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Grace Thompson",
            Owner = "daniel.hughes",
            Contacts = [new ContactPoint(ContactKind.Address, "41 Lordship Lane, London SE22 8EW")],
            Fields = Values(("subscriber_account_number", "1002213409"), ("msisdn", "447700900208"), ("current_tariff_plan", "unlimited")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "broadband_installation", Title = "Full Fibre 150 — Lordship Lane", Amount = Gbp(672),
            Fields = Values(("installation_address", "41 Lordship Lane, London SE22 8EW"), ("uprn", "200003426791")),
        });
        deal = await crm.Move(deal, "order_placed", ("tariff_plan", "fibre_150"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(28)),
            ("broadband_speed_mbps", 150), ("service_contract_number", "SC-2026-003870"));
        deal = await crm.Move(deal, "engineer_booked", ("installation_date", new DateOnly(2026, 1, 22)));

        var document = await Render(crm, customer, "telecom_service_contract", deal);

        GoldenFile.Verify("telecom_service_contract.broadband", document.Content);
    }

    [Fact]
    public async Task Contract_summary_before_the_terms_are_agreed_says_so()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var lead = await crm.Send(new OpenDeal { CustomerId = customer.Id, Funnel = "new_connection", Title = "SIM Only", Amount = Gbp(120) });

        var content = (await Render(crm, customer, "telecom_service_contract", lead)).Content;

        Assert.Contains("| Tariff plan | to be agreed |", content);
        Assert.Contains("Contract number: issued when you sign", content);
        Assert.Contains("| Monthly charge | to be agreed |", content);
        Assert.DoesNotContain("Total for the minimum term", content);
    }

    [Fact]
    public async Task Contract_summary_works_out_the_device_plan_and_the_total_for_the_minimum_term()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.SignedIphoneDeal(customer);

        var content = (await Render(crm, customer, "telecom_service_contract", deal)).Content;

        // (799 − 79) / 24 = 30.00 a month; 30 × 24 airtime + 79 up front + 30 × 24 device = 1,519.00.
        Assert.Contains("| Device plan | £30.00 a month for 24 months at 0% APR |", content);
        Assert.Contains("| Total for the minimum term | £1,519.00 |", content);
    }

    [Fact]
    public async Task Contract_summary_for_a_renewal_starts_the_term_when_it_is_agreed_and_shows_the_loyalty_discount()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Send(new OpenDeal { CustomerId = customer.Id, Funnel = "contract_renewal", Title = "Renewal", Amount = Gbp(96) });
        deal = await crm.Move(deal, "retention_offer", ("tariff_plan", "sim_only_10gb"), ("contract_term_months", 12),
            ("monthly_recurring_charge", Gbp(8)), ("retention_discount_pct", 20));

        var content = (await Render(crm, customer, "telecom_service_contract", deal)).Content;

        Assert.Contains("- Minimum term: 12 months, starting on the day the new contract is agreed.", content);
        Assert.Contains("| Loyalty discount included | 20 % off the list price |", content);
        Assert.Contains("within 14 days of agreeing it", content);
        Assert.Contains("To accept this offer, reply to this letter or contact Priya Shah.", content);
    }

    [Fact]
    public async Task Porting_confirmation_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.PortScheduled(customer);

        var document = await Render(crm, customer, "number_porting_confirmation", deal);

        GoldenFile.Verify("number_porting_confirmation", document.Content);
    }

    [Fact]
    public async Task Porting_confirmation_after_the_port_says_the_number_has_moved()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Move(await crm.PortScheduled(customer), "number_ported");

        var content = (await Render(crm, customer, "number_porting_confirmation", deal)).Content;

        Assert.Contains("Your number 07700 900318 has moved to us from Vodafone on Friday 16 January 2026.", content);
        Assert.DoesNotContain("What happens on the day", content);
    }

    [Fact]
    public async Task Welcome_letter_for_a_ported_number_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Move(await crm.PortScheduled(customer), "number_ported");

        var document = await Render(crm, customer, "sim_welcome_letter", deal);

        GoldenFile.Verify("sim_welcome_letter", document.Content);
    }

    [Fact]
    public async Task Welcome_letter_needs_a_deal()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => Render(crm, customer, "sim_welcome_letter"));

        Assert.Equal("deal", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task End_of_contract_notification_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Grace Thompson",
            Owner = "daniel.hughes",
            Contacts = [new ContactPoint(ContactKind.Address, "41 Lordship Lane, London SE22 8EW")],
            Fields = Values(("subscriber_account_number", "1002213409"), ("msisdn", "447700900208"), ("current_tariff_plan", "unlimited"),
                ("subscriber_contract_end", new DateOnly(2026, 2, 12)), ("arpu", Gbp(31.40m))),
        });

        var document = await Render(crm, customer, "end_of_contract_notification");

        GoldenFile.Verify("end_of_contract_notification", document.Content);
    }

    [Fact]
    public async Task End_of_contract_notification_for_a_business_offers_business_plans()
    {
        await using var crm = Host();
        var company = await Northgate(crm);

        var content = (await Render(crm, company, "end_of_contract_notification")).Content;

        Assert.Contains("Dear Sir or Madam,", content);
        Assert.Contains("ends on **31 March 2026**, in 75 days", content);
        Assert.Contains("| Business Shared Data (your plan) |", content);
        Assert.DoesNotContain("Full Fibre", content);
        Assert.DoesNotContain("SIM Only", content);
    }

    [Fact]
    public async Task End_of_contract_notification_after_the_end_date_speaks_of_the_rolling_contract()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Mohammed Ali",
            Fields = Values(("current_tariff_plan", "sim_only_50gb"), ("subscriber_contract_end", new DateOnly(2025, 12, 20))),
        });

        var content = (await Render(crm, customer, "end_of_contract_notification")).Content;

        Assert.Contains("contract ended on **20 December 2025**", content);
        Assert.Contains("now on a rolling monthly contract", content);
        Assert.DoesNotContain("Compared with your average bill", content);
    }

    [Fact]
    public async Task No_document_prints_the_porting_code_or_the_identity_document_number()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.PortScheduled(customer);

        foreach (var template in crm.Schema.Templates)
        {
            var content = (await Render(crm, customer, template.Key, deal)).Content;
            Assert.DoesNotContain("VFK384920", content);
            Assert.DoesNotContain("OKAFJ801215J99AB", content);
        }
    }

    private static Task<Customer> Northgate(CrmTestHost crm) => crm.Send(new CreateCustomer
    {
        Name = "Northgate Logistics Ltd",
        Kind = CustomerKind.Organization,
        Owner = "rachel.adeyemi",
        Contacts = [new ContactPoint(ContactKind.Address, "Unit 4, Calder Park, Wakefield WF2 7UA")],
        Fields = Values(("subscriber_account_number", "2000288190"), ("subscriber_company_number", "08912345"), ("subscriber_segment", "enterprise"),
            ("current_tariff_plan", "business_shared_data"), ("subscriber_contract_end", new DateOnly(2026, 3, 31)), ("arpu", Gbp(1_420))),
    });

    private static Task<Document> Render(CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
