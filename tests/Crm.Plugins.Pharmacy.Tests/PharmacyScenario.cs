using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Pharmacy.Tests;

/// <summary>A pharmacy test host and the patients and prescriptions most tests start from.</summary>
internal static class PharmacyScenario
{
    public const string Okafor = "Daniel Okafor, PharmD";

    public static CrmTestHost Host() => CrmTestHost.Create(new PharmacyPlugin());

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>A Medicare patient on three maintenance medicines, allergic to sulfa drugs, signed up for texts.</summary>
    public static Task<Customer> Patient(this CrmTestHost crm, string name = "Maria Gonzalez") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "daniel.okafor",
        Contacts = [new ContactPoint(ContactKind.Phone, "+1 614 555 0198", "mobile"), new ContactPoint(ContactKind.Address, "2291 Northwest Blvd, Columbus, OH 43221")],
        Fields = Values(
            ("rx_birth_date", new DateOnly(1958, 4, 22)), ("rx_allergies", new[] { "sulfonamides" }),
            ("rx_conditions", new[] { "hypertension", "hyperlipidemia", "type_2_diabetes" }),
            ("rx_plan_type", "medicare_part_d"), ("rx_plan_name", "SilverScript Choice (PDP)"), ("rx_bin", "004336"), ("rx_member_id", "H8R4Q72K19"),
            ("rx_adherence_pdc", 91), ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0412")),
    });

    /// <summary>The statin prescription as written: 90 days, 3 refills.</summary>
    public static (string Key, object? Value)[] Atorvastatin =>
    [
        ("rx_number", "6041187"), ("rx_drug_name", "Atorvastatin"), ("rx_strength", "20 mg"), ("rx_dosage_form", "tablet"),
        ("rx_quantity", 90), ("rx_days_supply", 90), ("rx_refills_remaining", 3),
        ("rx_prescriber", "Dr. Priya Natarajan, MD"), ("rx_prescriber_npi", "1467583920"),
        ("rx_sig", "Take 1 tablet by mouth once daily in the evening."), ("rx_indication", "For cholesterol"),
        ("rx_ndc_code", "00093-5057-98"), ("rx_atc_code", "C10AA05"), ("rx_written_date", new DateOnly(2026, 1, 6)), ("rx_origin", "e_prescription"),
    ];

    /// <summary>A new prescription received for <paramref name="customer"/>.</summary>
    public static Task<Deal> Prescription(this CrmTestHost crm, Customer customer, (string Key, object? Value)[]? script = null, string title = "Atorvastatin 20 mg — 90 days") =>
        crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "rx_fulfilment", Title = title, Amount = Usd(18.40m), Fields = Values(script ?? Atorvastatin),
        });

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });

    /// <summary>Claim paid, verified by the pharmacist with a clean DUR.</summary>
    public static async Task<Deal> Verify(this CrmTestHost crm, Deal deal, decimal copay = 0)
    {
        deal = await crm.Move(deal, "claim_adjudication");
        return await crm.Move(deal, "verified",
            ("rx_claim_status", "paid"), ("rx_copay", Usd(copay)), ("rx_dur_alert", "none"), ("rx_pharmacist", Okafor));
    }

    /// <summary>Takes a prescription from received to picked up, filled on <paramref name="filled"/>.</summary>
    public static async Task<Deal> Dispense(this CrmTestHost crm, Deal deal, DateOnly filled)
    {
        deal = await crm.Verify(deal);
        deal = await crm.Move(deal, "ready_for_pickup", ("rx_fill_date", filled));
        return await crm.Move(deal, "dispensed");
    }

    /// <summary>A refill due for <paramref name="customer"/>, opened by hand.</summary>
    public static Task<Deal> RefillDue(this CrmTestHost crm, Customer customer, DateOnly due, int refills = 2, (string Key, object? Value)[]? script = null) =>
        crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "rx_refill", Title = "Refill — Lisinopril 20 mg", Amount = Usd(9.80m),
            Fields = Values([.. script ?? Lisinopril, ("rx_refills_remaining", refills), ("rx_next_refill_due", due)]),
        });

    /// <summary>The blood pressure prescription (without refills and due date, which each test sets).</summary>
    public static (string Key, object? Value)[] Lisinopril =>
    [
        ("rx_number", "6038843"), ("rx_drug_name", "Lisinopril"), ("rx_strength", "20 mg"), ("rx_dosage_form", "tablet"),
        ("rx_quantity", 90), ("rx_days_supply", 90), ("rx_prescriber", "Dr. Priya Natarajan, MD"), ("rx_prescriber_npi", "1467583920"),
        ("rx_sig", "Take 1 tablet by mouth once daily."), ("rx_indication", "For blood pressure"),
        ("rx_ndc_code", "68180-0514-09"), ("rx_atc_code", "C09AA03"),
    ];
}
