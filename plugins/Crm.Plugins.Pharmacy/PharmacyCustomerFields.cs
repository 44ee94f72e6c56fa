using Crm.Framework.Fields;

namespace Crm.Plugins.Pharmacy;

/// <summary>
/// The patient profile of a US community pharmacy: who the patient is, what the pharmacist must know
/// before dispensing (allergies, conditions), how the prescriptions are paid (the drug plan from the
/// insurance card: BIN, member ID), adherence and how the patient wants to be reminded. Organisations
/// (care homes, employers) are accounts served by the pharmacy.
/// Every key starts with <c>rx_</c>, so the pharmacy can run in one workspace with other industries.
/// </summary>
public static class PharmacyCustomerFields
{
    /// <summary>The store number rule shared by <see cref="HomeStore"/> and the interaction's store.</summary>
    public static FieldConstraints StoreNumberRule { get; } = new()
    {
        Pattern = "[0-9]{4}",
        PatternDescription = "a four-digit store number, e.g. 0412",
    };

    /// <summary>Date of birth: with the name, how the counter finds a patient and checks identity at pick-up.</summary>
    public static FieldDefinition BirthDate { get; } = new("rx_birth_date", "Date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Description = "Asked at every pick-up with the name (\"name and date of birth?\"); also decides pediatric doses and vaccine eligibility.",
    };

    /// <summary>Drug allergies and intolerances recorded on the profile (health data).</summary>
    public static FieldDefinition Allergies { get; } = new("rx_allergies", "Drug allergies", FieldType.MultiChoice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new()
        {
            Choices =
            [
                "nkda", "penicillins", "cephalosporins", "sulfonamides", "macrolides", "fluoroquinolones", "nsaids", "aspirin",
                "codeine", "morphine", "ace_inhibitors", "statins", "iodinated_contrast", "latex", "egg_protein",
            ],
        },
        Description = "nkda = no known drug allergies, recorded explicitly so a blank profile is never read as 'no allergies'. Screened at every verification (DUR).",
    };

    /// <summary>Chronic conditions the pharmacist screens new prescriptions against (health data).</summary>
    public static FieldDefinition Conditions { get; } = new("rx_conditions", "Medical conditions", FieldType.MultiChoice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new()
        {
            Choices =
            [
                "hypertension", "hyperlipidemia", "type_1_diabetes", "type_2_diabetes", "asthma", "copd", "heart_failure",
                "atrial_fibrillation", "coronary_artery_disease", "chronic_kidney_disease", "hypothyroidism", "depression",
                "anxiety", "epilepsy", "osteoporosis", "pregnancy", "breastfeeding",
            ],
        },
        Description = "Drug-disease screening: e.g. an NSAID for a patient with heart failure or kidney disease, a teratogen in pregnancy.",
    };

    /// <summary>What kind of drug plan pays for the prescriptions.</summary>
    public static FieldDefinition PlanType { get; } = new("rx_plan_type", "Drug plan type", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Choices = ["commercial", "medicare_part_d", "medicare_advantage", "medicaid", "tricare", "cash"] },
        Description = "Commercial (employer) plan, Medicare Part D or Advantage, Medicaid, TRICARE, or cash (no coverage, or a discount card).",
    };

    /// <summary>The plan's name as on the card.</summary>
    public static FieldDefinition PlanName { get; } = new("rx_plan_name", "Drug plan", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 120 },
    };

    /// <summary>The BIN that routes the claim to the plan's processor (pharmacy benefit manager).</summary>
    public static FieldDefinition Bin { get; } = new("rx_bin", "Rx BIN", FieldType.Text, FieldTarget.Customer)
    {
        Constraints = new() { Pattern = "[0-9]{6}", PatternDescription = "the six-digit Rx BIN from the insurance card, e.g. 610014" },
        Description = "Bank identification number of the processor; public, it identifies the PBM, not the patient.",
    };

    /// <summary>The patient's member ID on the drug plan.</summary>
    public static FieldDefinition MemberId { get; } = new("rx_member_id", "Plan member ID", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[A-Z0-9]{6,20}", PatternDescription = "6 to 20 capital letters and digits, as on the insurance card" },
        Description = "Identifies the patient to the insurer; masked in lists and in the audit trail.",
    };

    /// <summary>Proportion of days covered over the last 12 months, the standard adherence measure.</summary>
    public static FieldDefinition AdherencePdc { get; } = new("rx_adherence_pdc", "Adherence (PDC %)", FieldType.Number, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Min = 0, Max = 100 },
        Description = "Proportion of days covered by maintenance medication over the last 12 months; 80% or more counts as adherent (the Medicare Star Ratings threshold).",
    };

    /// <summary>How the patient wants refill reminders and pick-up notices.</summary>
    public static FieldDefinition ContactPreference { get; } = new("rx_contact_preference", "Reminder preference", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["sms", "phone_call", "email", "app", "mail", "none"] },
    };

    /// <summary>The patient agreed to automated refill reminder texts.</summary>
    public static FieldDefinition SmsOptIn { get; } = new("rx_sms_opt_in", "Refill texts opt-in", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Written consent to automated texts (TCPA); without it no refill_reminder_sms may be sent. Replying STOP withdraws it.",
    };

    /// <summary>The store that keeps the patient's profile and fills most prescriptions.</summary>
    public static FieldDefinition HomeStore { get; } = new("rx_home_store", "Home pharmacy (store)", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = StoreNumberRule,
    };

    /// <summary>The patient asked for caps that are not child-resistant.</summary>
    public static FieldDefinition EasyOpenCaps { get; } = new("rx_easy_open_caps", "Easy-open caps", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "The Poison Prevention Packaging Act lets the patient waive child-resistant closures, e.g. for arthritis; keep the signed waiver.",
    };

    /// <summary>What kind of organisation an account is.</summary>
    public static FieldDefinition FacilityType { get; } = new("rx_facility_type", "Facility type", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["assisted_living", "nursing_home", "group_home", "physician_practice", "employer", "school"] },
        Description = "Care homes get blister-packed medication and monthly drug regimen reviews; employers and schools book on-site vaccination clinics.",
    };

    /// <summary>Licensed beds of a care home.</summary>
    public static FieldDefinition FacilityBeds { get; } = new("rx_facility_beds", "Licensed beds", FieldType.Number, FieldTarget.Customer)
    {
        Constraints = new() { Min = 1, Max = 1000 },
    };

    /// <summary>The facility's National Provider Identifier.</summary>
    public static FieldDefinition FacilityNpi { get; } = new("rx_facility_npi", "Facility NPI", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[12][0-9]{9}", PatternDescription = "a 10-digit NPI starting with 1 or 2" },
        Description = "From the public NPPES registry; organisations' NPIs usually start with 1.",
    };
}
