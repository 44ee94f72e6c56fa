using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Telecom.Tests;

/// <summary>A telecom test host and the subscribers and deals most tests start from.</summary>
internal static class TelecomScenario
{
    public static CrmTestHost Host() => CrmTestHost.Create(new TelecomPlugin());

    public static Money Gbp(decimal amount) => new(amount, "GBP");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>A pay-monthly consumer in Manchester whose main number is 07700 900318.</summary>
    public static Task<Customer> Subscriber(this CrmTestHost crm, string name = "James Okafor") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "priya.shah",
        Contacts = [new ContactPoint(ContactKind.Email, "j.okafor@example.com"), new ContactPoint(ContactKind.Address, "27 Burton Road, Manchester M20 3ED")],
        Fields = Values(
            ("subscriber_account_number", "1004827912"), ("msisdn", "447700900318"), ("subscriber_id_number", "OKAFJ801215J99AB"),
            ("subscriber_date_of_birth", new DateOnly(1988, 12, 15)), ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"),
            ("credit_vet_result", "passed")),
    });

    /// <summary>An iPhone on Unlimited Max for 24 months with a device plan, opened at the lead stage.</summary>
    public static Task<Deal> IphoneDeal(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "new_connection",
        Title = "iPhone 16 on Unlimited Max — port-in from Vodafone",
        Amount = Gbp(1_519),
        Fields = Values(("tariff_plan", "unlimited_max"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(30)),
            ("connection_charge", Gbp(0)), ("sim_type", "physical_sim"), ("device_model", "Apple iPhone 16 128GB, black"),
            ("device_cash_price", Gbp(799)), ("device_upfront_payment", Gbp(79)), ("device_plan_months", 24)),
    });

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });

    /// <summary>Takes the iPhone deal through the offer and the credit vetting to a signed contract.</summary>
    public static async Task<Deal> SignedIphoneDeal(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.IphoneDeal(customer);
        deal = await crm.Move(deal, "offer");
        deal = await crm.Move(deal, "credit_check");
        return await crm.Move(deal, "contract_signed", ("credit_vet_ref", "CV26011203"), ("service_contract_number", "SC-2026-004198"));
    }

    /// <summary>The signed iPhone deal with the port-in from Vodafone scheduled for 16 January 2026.</summary>
    public static async Task<Deal> PortScheduled(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.SignedIphoneDeal(customer);
        return await crm.Move(deal, "port_scheduled", ("sim_iccid", "8944110068012345678"), ("line_msisdn", "447700900777"),
            ("porting_donor_operator", "vodafone"), ("porting_msisdn", "447700900318"), ("porting_code", "VFK384920"),
            ("porting_date", new DateOnly(2026, 1, 16)));
    }
}
