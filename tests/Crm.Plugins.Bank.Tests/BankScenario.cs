using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Bank.Tests;

/// <summary>A bank test host and the customers and deals most tests start from.</summary>
internal static class BankScenario
{
    public static CrmTestHost Host() => CrmTestHost.Create(new BankPlugin());

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static Task<Customer> Person(this CrmTestHost crm, string name = "Mari Tamm") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "kadri.rebane",
        Contacts = [new ContactPoint(ContactKind.Email, "mari.tamm@example.com"), new ContactPoint(ContactKind.Address, "Pärnu mnt 22-5, 10141 Tallinn, Estonia")],
        Fields = Values(
            ("national_id", "48803140278"), ("date_of_birth", new DateOnly(1988, 3, 14)), ("segment", "retail"), ("kyc_status", "verified"),
            ("aml_risk_rating", "low"), ("credit_score", 712), ("annual_income", Eur(26_400)), ("employment_status", "employed"),
            ("employer", "Tallinn School No. 21"), ("home_branch", "TLN01")),
    });

    /// <summary>A personal loan application: 15,000 EUR over 60 months for a renovation.</summary>
    public static Task<Deal> PersonalLoan(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "loan_origination",
        Title = "Personal loan — kitchen renovation",
        Amount = Eur(15_000),
        Fields = Values(("product", "personal_loan"), ("loan_purpose", "home_renovation"), ("term_months", 60), ("arrangement_fee", Eur(150))),
    });

    /// <summary>A mortgage application: 280,000 EUR over 30 years for a house.</summary>
    public static Task<Deal> Mortgage(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "mortgage",
        Title = "Mortgage — house in Viimsi",
        Amount = Eur(280_000),
        Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 360), ("arrangement_fee", Eur(1_400))),
    });

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });

    /// <summary>Takes a personal loan from application to approved at 7.9% fixed.</summary>
    public static async Task<Deal> ApprovedPersonalLoan(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.PersonalLoan(customer);
        deal = await crm.Move(deal, "kyc_documents");
        deal = await crm.Move(deal, "scoring", ("dsti", 24.5m));
        deal = await crm.Move(deal, "underwriting", ("credit_grade", "B"));
        return await crm.Move(deal, "approved",
            ("interest_rate", 7.9m), ("rate_type", "fixed"), ("aprc", 8.65m), ("credit_decision_ref", "CD-2026-00417"));
    }

    /// <summary>Takes a mortgage from application to the offer at 3.95% variable, secured on the house.</summary>
    public static async Task<Deal> ApprovedMortgage(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.Mortgage(customer);
        deal = await crm.Move(deal, "kyc_documents");
        deal = await crm.Move(deal, "property_valuation",
            ("collateral", "Detached house at Randvere tee 41, Viimsi, first-ranking mortgage"), ("collateral_value", Eur(395_000)));
        deal = await crm.Move(deal, "underwriting", ("dsti", 28.0m));
        return await crm.Move(deal, "approved",
            ("interest_rate", 3.95m), ("rate_type", "variable"), ("aprc", 4.07m), ("credit_decision_ref", "CD-2026-00388"));
    }
}
