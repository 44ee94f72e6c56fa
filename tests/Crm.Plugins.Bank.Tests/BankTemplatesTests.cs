using System.Globalization;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests;

public sealed class BankTemplatesTests
{
    [Fact]
    public async Task Loan_offer_letter_for_a_personal_loan_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var deal = await crm.ApprovedPersonalLoan(customer);

        var document = await Render(crm, customer, "loan_offer_letter", deal);

        GoldenFile.Verify("loan_offer_letter", document.Content);
    }

    [Fact]
    public async Task Loan_offer_letter_for_a_mortgage_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Person("Anneli Saar");
        var deal = await crm.ApprovedMortgage(customer);

        var document = await Render(crm, customer, "loan_offer_letter", deal);

        GoldenFile.Verify("loan_offer_letter.mortgage", document.Content);
    }

    [Fact]
    public async Task Account_opening_confirmation_matches_the_golden_file()
    {
        await using var crm = Host();
        var company = await crm.Send(new CreateCustomer
        {
            Name = "Baltic Timber OÜ",
            Kind = CustomerKind.Organization,
            Owner = "martin.ots",
            Contacts = [new ContactPoint(ContactKind.Address, "Peterburi tee 71, 11415 Tallinn, Estonia")],
            Fields = Values(("registration_number", "14236717"), ("segment", "sme"), ("kyc_status", "verified"),
                ("kyc_review_due", new DateOnly(2029, 1, 15)), ("home_branch", "TLN01")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = company.Id, Funnel = "account_opening", Title = "Business current account", Amount = Eur(50_000),
            Fields = Values(("product", "business_account")),
        });
        deal = await crm.Move(deal, "identity_verification");
        deal = await crm.Move(deal, "account_opened", ("iban", "EE334200221020145685"), ("verification_method", "in_branch"));

        var document = await Render(crm, company, "account_opening_confirmation", deal);

        GoldenFile.Verify("account_opening_confirmation", document.Content);
    }

    [Fact]
    public async Task Kyc_document_request_for_a_politically_exposed_person_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Viktor Ivanov",
            Owner = "anna.petrova",
            Contacts = [new ContactPoint(ContactKind.Address, "Kadrioru 8-2, 10127 Tallinn, Estonia")],
            Fields = Values(("national_id", "36612300065"), ("segment", "private"), ("kyc_status", "pending"), ("aml_risk_rating", "high"),
                ("pep", true), ("employment_status", "self_employed"), ("home_branch", "TLN01")),
        });

        var document = await Render(crm, customer, "kyc_document_request");

        GoldenFile.Verify("kyc_document_request", document.Content);
    }

    [Fact]
    public async Task Loan_offer_letter_works_out_the_annuity_instalment_and_the_total_cost()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var deal = await crm.ApprovedPersonalLoan(customer);

        var content = (await Render(crm, customer, "loan_offer_letter", deal)).Content;

        // 15,000 at 7.9% a year over 60 months: amount × r / (1 − (1 + r)^−n) with r = 7.9% / 12.
        var r = 0.079 / 12;
        var instalment = Math.Round(15_000 * r / (1 - Math.Pow(1 + r, -60)), 2);
        Assert.Equal(303.43, instalment);
        Assert.Contains($"| Monthly instalment | {instalment.ToString("N2", CultureInfo.InvariantCulture)} EUR |", content);
        Assert.Contains($"| Total amount repayable | {(instalment * 60 + 150).ToString("N2", CultureInfo.InvariantCulture)} EUR |", content);
        Assert.Contains($"| Total cost of credit | {(instalment * 60 + 150 - 15_000).ToString("N2", CultureInfo.InvariantCulture)} EUR |", content);
    }

    [Fact]
    public async Task Loan_offer_letter_leaves_out_the_terms_not_decided_yet()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var deal = await crm.PersonalLoan(customer);

        var content = (await Render(crm, customer, "loan_offer_letter", deal)).Content;

        Assert.Contains("| Interest rate | to be confirmed |", content);
        Assert.Contains("Our reference: to be confirmed", content);
        Assert.DoesNotContain("Monthly instalment", content);
        Assert.DoesNotContain("## Security", content);
    }

    [Fact]
    public async Task Loan_offer_letter_needs_a_deal()
    {
        await using var crm = Host();
        var customer = await crm.Person();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => Render(crm, customer, "loan_offer_letter"));

        Assert.Equal("deal", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task No_letter_prints_the_national_id()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var loan = await crm.ApprovedPersonalLoan(customer);

        foreach (var template in new[] { "loan_offer_letter", "kyc_document_request" })
            Assert.DoesNotContain("48803140278", (await Render(crm, customer, template, loan)).Content);
    }

    private static Task<Document> Render(CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
