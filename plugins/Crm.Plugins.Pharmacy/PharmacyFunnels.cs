using Crm.Framework.Pipelines;

namespace Crm.Plugins.Pharmacy;

/// <summary>
/// The pharmacy's funnels. Each stage lists where a deal may go next and the deal fields it must have
/// on entry, so a prescription cannot reach the bag without the pharmacist's verification and a refill
/// cannot be counted without a fill date.
/// </summary>
public static class PharmacyFunnels
{
    /// <summary>Funnel key of <see cref="Fulfilment"/>.</summary>
    public const string FulfilmentKey = "rx_fulfilment";

    /// <summary>Funnel key of <see cref="Refill"/>.</summary>
    public const string RefillKey = "rx_refill";

    /// <summary>Funnel key of <see cref="MedicationReview"/>.</summary>
    public const string MedicationReviewKey = "rx_medication_review";

    /// <summary>Funnel key of <see cref="Vaccination"/>.</summary>
    public const string VaccinationKey = "rx_vaccination";

    /// <summary>The won stage of <see cref="Fulfilment"/>: the patient took the medicine home.</summary>
    public const string Dispensed = "dispensed";

    /// <summary>The won stage of <see cref="Refill"/>.</summary>
    public const string Refilled = "refilled";

    /// <summary>The first stage of <see cref="Refill"/>.</summary>
    public const string RefillDue = "refill_due";

    /// <summary>The stage of <see cref="Fulfilment"/> where the plan wants a prior authorization.</summary>
    public const string PriorAuthorization = "prior_authorization";

    /// <summary>What identifies a prescription: every prescription and refill deal starts with it.</summary>
    private static readonly string[] Prescription = ["rx_number", "rx_drug_name", "rx_strength", "rx_quantity", "rx_days_supply", "rx_prescriber"];

    /// <summary>A new prescription from drop-off (or e-prescription) to pick-up.</summary>
    public static FunnelDefinition Fulfilment { get; } = new(FulfilmentKey, "Prescription fulfilment",
    [
        new("received", "Prescription received", 0.60m) { Next = ["claim_adjudication", "verified", "rejected"], RequiredFields = Prescription },
        new("claim_adjudication", "Insurance claim", 0.70m) { Next = ["verified", PriorAuthorization, "rejected"] },
        new(PriorAuthorization, "Prior authorization", 0.45m) { Next = ["verified", "rejected"], RequiredFields = ["rx_claim_status"] },
        new("verified", "Verified by pharmacist", 0.85m)
        {
            Next = ["ready_for_pickup", "rejected"],
            RequiredFields = ["rx_claim_status", "rx_copay", "rx_ndc_code", "rx_dur_alert", "rx_pharmacist"],
        },
        new("ready_for_pickup", "Ready for pick-up", 0.92m) { Next = [Dispensed, "not_collected"], RequiredFields = ["rx_fill_date"] },
        new(Dispensed, "Dispensed (picked up)", 1m, StageKind.Won),
        new("rejected", "Rejected", 0m, StageKind.Lost),
        new("not_collected", "Not collected (returned to stock)", 0m, StageKind.Lost),
    ])
    {
        Description = "Drop-off or e-prescription, the claim to the drug plan (and a prior authorization when the plan asks for one), the pharmacist's verification with the DUR, the will-call bin and the pick-up. Cash prescriptions go from received straight to verification. The deal amount is the total billed (plan plus copay).",
    };

    /// <summary>The next fill of a maintenance medication: the refill queue and adherence.</summary>
    public static FunnelDefinition Refill { get; } = new(RefillKey, "Refill and adherence",
    [
        new(RefillDue, "Refill due", 0.60m)
        {
            Next = ["reminder_sent", "renewal_requested", "refill_requested", "lapsed", "discontinued", "transferred_out"],
            RequiredFields = [.. Prescription, "rx_refills_remaining", "rx_next_refill_due"],
        },
        new("reminder_sent", "Reminder sent", 0.55m) { Next = ["refill_requested", "renewal_requested", "lapsed", "discontinued", "transferred_out"] },
        new("renewal_requested", "Renewal requested from prescriber", 0.50m) { Next = ["refill_requested", "lapsed", "discontinued", "transferred_out"] },
        new("refill_requested", "Refill requested", 0.90m) { Next = [Refilled, "lapsed", "transferred_out"] },
        new(Refilled, "Refilled", 1m, StageKind.Won) { RequiredFields = ["rx_fill_date", "rx_copay"] },
        new("lapsed", "Lapsed (not refilled)", 0m, StageKind.Lost),
        new("discontinued", "Discontinued by prescriber", 0m, StageKind.Lost),
        new("transferred_out", "Transferred to another pharmacy", 0m, StageKind.Lost),
    ])
    {
        Description = "Opened by the pharmacy when a maintenance medication is dispensed with refills left (see the QueueNextRefill automation), or by hand. A prescription out of refills goes through a renewal request to the prescriber. Lapsed refills are the adherence gaps.",
    };

    /// <summary>Medication therapy management: a pharmacist's review of everything the patient takes.</summary>
    public static FunnelDefinition MedicationReview { get; } = new(MedicationReviewKey, "Medication review",
    [
        new("eligible", "Eligible", 0.30m) { Next = ["invited", "scheduled", "declined", "not_reachable"], RequiredFields = ["rx_review_type"] },
        new("invited", "Invited", 0.45m) { Next = ["scheduled", "declined", "not_reachable"] },
        new("scheduled", "Scheduled", 0.75m) { Next = ["completed", "invited", "declined", "not_reachable"], RequiredFields = ["rx_review_date", "rx_pharmacist"] },
        new("completed", "Completed, summary given", 1m, StageKind.Won) { RequiredFields = ["rx_med_count", "rx_drug_problems", "rx_action_plan"] },
        new("declined", "Declined by the patient", 0m, StageKind.Lost),
        new("not_reachable", "Could not reach the patient", 0m, StageKind.Lost),
    ])
    {
        Description = "Comprehensive and targeted medication reviews (Medicare Part D MTM), new-medicine check-ins and care homes' drug regimen reviews. The deal amount is the fee the plan or the facility pays for the review.",
    };

    /// <summary>A vaccination at the pharmacy, from the request to the dose recorded.</summary>
    public static FunnelDefinition Vaccination { get; } = new(VaccinationKey, "Vaccination",
    [
        new("requested", "Requested", 0.50m) { Next = ["booked", "screened", "declined", "contraindicated"], RequiredFields = ["rx_vaccine"] },
        new("booked", "Appointment booked", 0.70m) { Next = ["screened", "declined"] },
        new("screened", "Screened, consent signed", 0.90m) { Next = ["administered", "contraindicated", "declined"], RequiredFields = ["rx_screening_result"] },
        new("administered", "Administered", 1m, StageKind.Won) { RequiredFields = ["rx_vaccine_lot", "rx_administered_on", "rx_pharmacist"] },
        new("declined", "Declined or no-show", 0m, StageKind.Lost),
        new("contraindicated", "Not given: contraindicated", 0m, StageKind.Lost),
    ])
    {
        Description = "Flu, COVID-19, shingles, pneumococcal, RSV and travel vaccines, walk-in or booked, and on-site clinics for employers. The deal amount is the vaccine and administration fee billed.",
    };
}
