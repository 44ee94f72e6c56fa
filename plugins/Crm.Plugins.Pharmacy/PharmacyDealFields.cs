using Crm.Framework.Fields;

namespace Crm.Plugins.Pharmacy;

/// <summary>
/// What a pharmacy records on a deal. A deal is one piece of work for the patient: a prescription
/// being filled, the next refill of a maintenance medication, a medication review or a vaccination.
/// The deal amount is what the pharmacy bills for it (plan payment plus copay, or the service fee).
/// Funnel stages require these as the work advances (see <see cref="PharmacyFunnels"/>).
/// </summary>
public static class PharmacyDealFields
{
    // The prescription, as written by the prescriber. Anything naming the drug is health data.

    /// <summary>The prescription number on the label; the pharmacy's key to the prescription.</summary>
    public static FieldDefinition RxNumber { get; } = new("rx_number", "Rx number", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{7}", PatternDescription = "the seven-digit prescription number from the label, e.g. 6041187" },
        Description = "Patients quote it to refill by phone, text or app; a refill keeps the prescription's number.",
    };

    /// <summary>The drug as prescribed.</summary>
    public static FieldDefinition DrugName { get; } = new("rx_drug_name", "Drug", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MinLength = 2, MaxLength = 120 },
        Description = "Generic name, with the brand in brackets when dispensed as brand, e.g. 'Atorvastatin' or 'Apixaban (Eliquis)'.",
    };

    /// <summary>Strength per unit.</summary>
    public static FieldDefinition Strength { get; } = new("rx_strength", "Strength", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new()
        {
            Pattern = @"[0-9]+(\.[0-9]+)?(-[0-9]+(\.[0-9]+)?)* (mg|mcg|g|mL|units|%)(/[0-9.]* ?(mL|g|actuation|hr|dose))?",
            PatternDescription = "an amount and a unit, e.g. 20 mg, 90 mcg/actuation, 100 units/mL or 5-325 mg for a combination",
        },
    };

    /// <summary>The dosage form.</summary>
    public static FieldDefinition DosageForm { get; } = new("rx_dosage_form", "Dosage form", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Choices = ["tablet", "capsule", "oral_solution", "oral_suspension", "inhaler", "injection_pen", "vial", "cream", "ointment", "eye_drops", "patch"],
        },
    };

    /// <summary>The National Drug Code of the product dispensed.</summary>
    public static FieldDefinition NdcCode { get; } = new("rx_ndc_code", "NDC", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[0-9]{5}-[0-9]{4}-[0-9]{2}", PatternDescription = "an 11-digit NDC in the 5-4-2 billing format, e.g. 00093-5057-98" },
        Description = "Labeler, product and package of what was actually put in the bottle; scanned at the pharmacist's product check.",
    };

    /// <summary>The WHO Anatomical Therapeutic Chemical code: the drug's therapeutic class.</summary>
    public static FieldDefinition AtcCode { get; } = new("rx_atc_code", "ATC code", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[A-V][0-9]{2}[A-Z]{2}[0-9]{2}", PatternDescription = "a 7-character WHO ATC code, e.g. C10AA05" },
        Description = "Groups drugs by class for duplicate-therapy checks, medication reviews and the auxiliary warnings printed on the label.",
    };

    /// <summary>The directions for use (the signa), as printed on the label.</summary>
    public static FieldDefinition Sig { get; } = new("rx_sig", "Directions (sig)", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MinLength = 5, MaxLength = 300 },
        Description = "In plain words for the patient: 'Take 1 tablet by mouth once daily in the evening'.",
    };

    /// <summary>What the medicine is for, when the prescriber wrote it.</summary>
    public static FieldDefinition Indication { get; } = new("rx_indication", "Indication", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 120 },
        Description = "'For cholesterol', 'for blood pressure': shown in the patient's medication list.",
    };

    /// <summary>Units dispensed per fill.</summary>
    public static FieldDefinition Quantity { get; } = new("rx_quantity", "Quantity", FieldType.Number, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0.1m, Max = 1000 },
        Description = "Tablets, capsules, mL, grams or pens, in the unit of the dosage form.",
    };

    /// <summary>How many days one fill lasts.</summary>
    public static FieldDefinition DaysSupply { get; } = new("rx_days_supply", "Days supply", FieldType.Number, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 1, Max = 90 },
        Description = "Billed to the plan with the claim; plans pay for at most a 90-day supply at a retail pharmacy. 28 days or more marks a maintenance medication.",
    };

    /// <summary>Refills left on the prescription after this fill.</summary>
    public static FieldDefinition RefillsRemaining { get; } = new("rx_refills_remaining", "Refills remaining", FieldType.Number, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0, Max = 11 },
        Description = "At most 11: a non-controlled prescription expires a year after it was written; Schedule III-V allow 5 refills in 6 months.",
    };

    /// <summary>The prescriber's name and credentials.</summary>
    public static FieldDefinition Prescriber { get; } = new("rx_prescriber", "Prescriber", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 120 },
        Description = "As on the label: 'Dr. Priya Natarajan, MD'. Personal: a specialist's name hints at the condition.",
    };

    /// <summary>The prescriber's National Provider Identifier.</summary>
    public static FieldDefinition PrescriberNpi { get; } = new("rx_prescriber_npi", "Prescriber NPI", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[12][0-9]{9}", PatternDescription = "a 10-digit NPI starting with 1 or 2" },
        Description = "From the public NPPES registry; required on every claim.",
    };

    /// <summary>The DEA schedule of a controlled substance.</summary>
    public static FieldDefinition ControlledSchedule { get; } = new("rx_controlled_schedule", "DEA schedule", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["non_controlled", "c2", "c3", "c4", "c5"] },
        Description = "C2 (e.g. oxycodone) cannot be refilled; C3-C5 at most 5 refills within 6 months. Controlled drugs carry the federal transfer warning.",
    };

    /// <summary>The date the prescription was written.</summary>
    public static FieldDefinition WrittenDate { get; } = new("rx_written_date", "Date written", FieldType.Date, FieldTarget.Deal)
    {
        Description = "A non-controlled prescription may be filled for a year from this date, a C3-C5 one for six months.",
    };

    /// <summary>How the prescription reached the pharmacy.</summary>
    public static FieldDefinition Origin { get; } = new("rx_origin", "Prescription origin", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["e_prescription", "paper", "fax", "phone_in", "transfer_in"] },
    };

    // Filling it: the claim, the pharmacist's checks and the fill.

    /// <summary>The plan's answer to the claim.</summary>
    public static FieldDefinition ClaimStatus { get; } = new("rx_claim_status", "Claim status", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["paid", "pa_required", "refill_too_soon", "not_covered", "cash"] },
        Description = "Paid, rejected for prior authorization, refill too soon, not covered (non-formulary), or filled for cash.",
    };

    /// <summary>What the patient pays at pick-up.</summary>
    public static FieldDefinition Copay { get; } = new("rx_copay", "Patient pays (copay)", FieldType.Money, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0, Currency = "USD" },
        Description = "The copay or coinsurance the plan left to the patient, or the cash price.",
    };

    /// <summary>What the drug utilization review found at verification.</summary>
    public static FieldDefinition DurAlert { get; } = new("rx_dur_alert", "DUR result", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["none", "drug_interaction", "drug_allergy", "drug_disease", "therapeutic_duplication", "dose_range", "early_refill"] },
        Description = "The prospective DUR the pharmacist resolves before verifying; anything but none is documented with how it was resolved.",
    };

    /// <summary>The pharmacist who verified the prescription or ran the service.</summary>
    public static FieldDefinition Pharmacist { get; } = new("rx_pharmacist", "Pharmacist", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 80 },
        Description = "Name and credentials, e.g. 'Daniel Okafor, PharmD'; printed as initials on the label.",
    };

    /// <summary>The date the medicine was filled.</summary>
    public static FieldDefinition FillDate { get; } = new("rx_fill_date", "Date filled", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>When the next fill is due: the fill date plus the days supply.</summary>
    public static FieldDefinition NextRefillDue { get; } = new("rx_next_refill_due", "Refill due", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Description = "The day the last fill runs out; the refill queue and the reminders work from it.",
    };

    // Clinical services: medication reviews and vaccinations.

    /// <summary>The kind of medication review.</summary>
    public static FieldDefinition ReviewType { get; } = new("rx_review_type", "Review type", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["comprehensive", "targeted", "new_medicine", "drug_regimen_review"] },
        Description = "Comprehensive (CMR, yearly for Medicare Part D MTM patients), targeted (TMR, one problem), new medicine check-in, or a care home's monthly drug regimen review.",
    };

    /// <summary>When the review is booked.</summary>
    public static FieldDefinition ReviewDate { get; } = new("rx_review_date", "Review date", FieldType.Date, FieldTarget.Deal);

    /// <summary>How many medications (prescription, OTC and supplements) were reviewed.</summary>
    public static FieldDefinition MedCount { get; } = new("rx_med_count", "Medications reviewed", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 2000 },
        Description = "For a person typically 5 to 30; for a care home's drug regimen review, across all residents.",
    };

    /// <summary>The medication-related problems the review found.</summary>
    public static FieldDefinition DrugProblems { get; } = new("rx_drug_problems", "Medication problems found", FieldType.MultiChoice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new()
        {
            Choices =
            [
                "none_identified", "needs_additional_therapy", "unnecessary_therapy", "ineffective_drug", "dose_too_low",
                "dose_too_high", "adverse_reaction", "drug_interaction", "non_adherence", "cost_barrier",
            ],
        },
        Description = "The classic drug therapy problem categories; each one found gets a line in the action plan.",
    };

    /// <summary>The patient's to-do list from the review.</summary>
    public static FieldDefinition ActionPlan { get; } = new("rx_action_plan", "Action plan", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 2000 },
        Description = "What the patient agreed to do, one step per line, separated by ';'. Printed as the 'My to-do list' of the summary.",
    };

    /// <summary>The vaccine offered or given.</summary>
    public static FieldDefinition Vaccine { get; } = new("rx_vaccine", "Vaccine", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["influenza", "covid_19", "zoster_recombinant", "pneumococcal_pcv20", "rsv", "tdap", "hepatitis_b"] },
    };

    /// <summary>The result of the pre-vaccination screening questionnaire.</summary>
    public static FieldDefinition ScreeningResult { get; } = new("rx_screening_result", "Screening result", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["no_contraindications", "precaution_cleared", "contraindicated"] },
        Description = "From the screening questions, with the Vaccine Information Statement (VIS) handed over and consent signed.",
    };

    /// <summary>The manufacturer's lot number of the dose given.</summary>
    public static FieldDefinition VaccineLot { get; } = new("rx_vaccine_lot", "Vaccine lot", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[A-Z0-9]{4,12}", PatternDescription = "the 4-12 character lot number from the vial or syringe, e.g. U7582AA" },
        Description = "Reported with the dose to the state immunization registry (IIS); needed if the lot is recalled.",
    };

    /// <summary>The date the vaccine was given.</summary>
    public static FieldDefinition AdministeredOn { get; } = new("rx_administered_on", "Date given", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>Which dose of the series this is.</summary>
    public static FieldDefinition DoseNumber { get; } = new("rx_dose_number", "Dose in series", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 4 },
        Description = "Shingles (recombinant) is 2 doses 2-6 months apart; hepatitis B is 2 or 3 doses.",
    };

    /// <summary>Where the injection was given.</summary>
    public static FieldDefinition InjectionSite { get; } = new("rx_injection_site", "Injection site", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["left_deltoid", "right_deltoid", "left_thigh", "right_thigh"] },
    };

    /// <summary>When the next dose of the series is due.</summary>
    public static FieldDefinition NextDoseDue { get; } = new("rx_next_dose_due", "Next dose due", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
    };
}
