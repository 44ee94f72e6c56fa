using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Pharmacy.Demo;

/// <summary>A prescriber as printed on the label, with the NPI the claim needs.</summary>
internal sealed record Prescriber(string Name, string Npi);

/// <summary>Short ways to write demo records, so the demo files read like the pharmacy's patient list.</summary>
internal static class DemoKit
{
    // The prescribers the demo patients see (fictional names; NPIs only have the right shape).
    public static readonly Prescriber Natarajan = new("Dr. Priya Natarajan, MD", "1467583920");
    public static readonly Prescriber Harlan = new("Dr. Thomas Harlan, MD", "1093817264");
    public static readonly Prescriber Vasquez = new("Dr. Elena Vasquez, MD", "1548203967");
    public static readonly Prescriber Adeyemi = new("Dr. Samuel Adeyemi, DDS", "1720496385");
    public static readonly Prescriber Holt = new("Dr. Karen Holt, DO", "1386042759");
    public static readonly Prescriber Brennan = new("Dr. Michael Brennan, MD", "1659327041");
    public static readonly Prescriber Park = new("Jessica Park, APRN-CNP", "1811654093");

    // The pharmacists in charge of the three stores.
    public const string Okafor = "Daniel Okafor, PharmD";
    public const string Kim = "Rachel Kim, PharmD";
    public const string Bell = "Marcus Bell, RPh";

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static DemoStep To(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };

    public static DemoStep Lost(string stage, string reason, params (string Key, object? Value)[] fields) =>
        new(stage) { Reason = reason, Fields = Values(fields) };

    /// <summary>A prescription as written: what every fulfilment and refill deal starts with.</summary>
    public static (string Key, object? Value)[] Script(
        string rxNumber, string drug, string strength, string form, decimal quantity, int daysSupply, int refills,
        Prescriber prescriber, string sig, string indication, string ndc, string atc, DateOnly written,
        string origin = "e_prescription", string schedule = "non_controlled") =>
    [
        ("rx_number", rxNumber), ("rx_drug_name", drug), ("rx_strength", strength), ("rx_dosage_form", form),
        ("rx_quantity", quantity), ("rx_days_supply", daysSupply), ("rx_refills_remaining", refills),
        ("rx_prescriber", prescriber.Name), ("rx_prescriber_npi", prescriber.Npi), ("rx_sig", sig), ("rx_indication", indication),
        ("rx_ndc_code", ndc), ("rx_atc_code", atc), ("rx_written_date", written), ("rx_origin", origin), ("rx_controlled_schedule", schedule),
    ];

    /// <summary>A prescription plus extra deal fields.</summary>
    public static IReadOnlyDictionary<string, object?> With((string Key, object? Value)[] script, params (string Key, object? Value)[] more) =>
        Values([.. script, .. more]);

    /// <summary>The pharmacist's verification after a paid claim (or a cash price), with the DUR result.</summary>
    public static DemoStep Verified(string claim, decimal copay, string pharmacist, string dur = "none") =>
        To("verified", ("rx_claim_status", claim), ("rx_copay", Usd(copay)), ("rx_dur_alert", dur), ("rx_pharmacist", pharmacist));

    /// <summary>Filled and in the will-call bin.</summary>
    public static DemoStep ReadyForPickup(DateOnly filled) => To("ready_for_pickup", ("rx_fill_date", filled));

    public static ContactPoint Email(string value) => new(ContactKind.Email, value);

    public static ContactPoint Mobile(string value) => new(ContactKind.Phone, value, "mobile");

    public static ContactPoint Office(string value) => new(ContactKind.Phone, value, "office");

    public static ContactPoint Address(string value) => new(ContactKind.Address, value, "home");

    /// <summary>The patient at the counter of <paramref name="store"/>.</summary>
    public static DemoInteraction Counter(string store, string subject, int daysAgo, string? outcome = null, string? counseling = null) =>
        new(PharmacyChannels.Counter.Key, subject, daysAgo)
        {
            Outcome = outcome,
            Fields = counseling is null ? Values(("rx_store_number", store)) : Values(("rx_store_number", store), ("rx_counseling", counseling)),
        };

    /// <summary>The patient at the drive-through window of <paramref name="store"/>.</summary>
    public static DemoInteraction DriveThrough(string store, string subject, int daysAgo, string? outcome = null, string? counseling = null) =>
        new(PharmacyChannels.DriveThrough.Key, subject, daysAgo)
        {
            Outcome = outcome,
            Fields = counseling is null ? Values(("rx_store_number", store)) : Values(("rx_store_number", store), ("rx_counseling", counseling)),
        };

    /// <summary>An e-prescription (or a renewal answer) from the prescriber's system.</summary>
    public static DemoInteraction ERx(string subject, int daysAgo) => new(PharmacyChannels.EPrescription.Key, subject, daysAgo);

    /// <summary>An automated refill reminder text the pharmacy sent.</summary>
    public static DemoInteraction ReminderText(string subject, int daysAgo, string? outcome = null) =>
        new(PharmacyChannels.RefillReminderSms.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A refill ordered on the automated phone line.</summary>
    public static DemoInteraction Ivr(string subject, int daysAgo) => new(PharmacyChannels.RefillIvr.Key, subject, daysAgo);

    /// <summary>Something the patient did in the pharmacy app.</summary>
    public static DemoInteraction App(string subject, int daysAgo, string? outcome = null) =>
        new(PharmacyChannels.PharmacyApp.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A call the pharmacy made to the prescriber's office.</summary>
    public static DemoInteraction PrescriberCall(string subject, int daysAgo, string? outcome = null) =>
        new(PharmacyChannels.PrescriberCall.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A call with the patient (the kernel's phone channel).</summary>
    public static DemoInteraction Call(string subject, int daysAgo, string? outcome = null, InteractionDirection direction = InteractionDirection.Inbound) =>
        new(Channels.Phone.Key, subject, daysAgo) { Direction = direction, Outcome = outcome };

    /// <summary>A meeting at an account's premises (the kernel's meeting channel).</summary>
    public static DemoInteraction Meeting(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Meeting.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };
}
