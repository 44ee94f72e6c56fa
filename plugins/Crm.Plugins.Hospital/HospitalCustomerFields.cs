using Crm.Framework.Fields;

namespace Crm.Plugins.Hospital;

/// <summary>
/// The patient card, after FHIR <c>Patient</c> and <c>Coverage</c>: identifiers, demographics, insurance,
/// the emergency contact and the GP, allergies and how the patient wants to be contacted; plus the
/// occupational-health details of employers that buy check-ups. Identifier formats follow an Estonian
/// hospital (11-digit personal code, Health Insurance Fund cover); amounts are in any currency.
/// </summary>
public static class HospitalCustomerFields
{
    /// <summary>The hospital's medical record number: 8 digits, sensitive, indexed for look-up at reception.</summary>
    public static FieldDefinition Mrn { get; } = new("mrn", "Medical record number (MRN)", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{8}", PatternDescription = "the 8-digit medical record number from the hospital information system" },
        Description = "FHIR Patient.identifier (type MR): the number on the wristband and on every record of the patient.",
    };

    /// <summary>The national personal identification code: 11 digits, sensitive, indexed.</summary>
    public static FieldDefinition PersonalCode { get; } = new("patient_personal_code", "Personal identification code", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new()
        {
            Pattern = "[1-6][0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{4}",
            PatternDescription = "an 11-digit personal code: century/sex digit 1-6, birth date as YYMMDD, serial and check digit",
        },
        Description = "FHIR Patient.identifier (national ID): used to check health insurance cover and to open the national health record.",
    };

    /// <summary>Date of birth (FHIR Patient.birthDate).</summary>
    public static FieldDefinition BirthDate { get; } = new("patient_birth_date", "Date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>Administrative gender (FHIR Patient.gender).</summary>
    public static FieldDefinition Gender { get; } = new("patient_gender", "Gender", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["female", "male", "other", "unknown"] },
        Description = "FHIR administrative gender, used for the record and wards, not a clinical finding.",
    };

    /// <summary>The language the patient wants to be spoken to and written to in.</summary>
    public static FieldDefinition Language { get; } = new("patient_language", "Preferred language", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "[a-z]{2}", PatternDescription = "a two-letter ISO 639-1 language code such as et, ru or en" },
        Description = "FHIR Patient.communication: book an interpreter when it is not a language the clinic speaks.",
    };

    /// <summary>How the patient wants reminders and letters.</summary>
    public static FieldDefinition ContactPreference { get; } = new("patient_contact_preference", "Contact preference", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["sms", "email", "phone", "letter", "patient_portal"] },
        Description = "Where appointment reminders and letters go; clinical results are only ever released in the patient portal or in person.",
    };

    /// <summary>Who pays for the patient's care by default (FHIR Coverage.type).</summary>
    public static FieldDefinition Coverage { get; } = new("patient_coverage", "Health cover", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Choices = ["public_insurance", "private_insurance", "employer_scheme", "self_pay", "ehic"] },
        Description = "Statutory health insurance (the Health Insurance Fund), a private insurer, an employer's scheme, self-pay, or a European Health Insurance Card.",
    };

    /// <summary>The insurer (FHIR Coverage.payor).</summary>
    public static FieldDefinition Insurer { get; } = new("patient_insurer", "Insurer", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 120 },
    };

    /// <summary>The policy or membership number at the insurer (FHIR Coverage.subscriberId).</summary>
    public static FieldDefinition InsuranceNumber { get; } = new("patient_insurance_number", "Insurance number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[A-Z0-9][A-Z0-9-]{5,19}", PatternDescription = "6 to 20 capital letters, digits or hyphens, as on the insurance card" },
        Description = "Masked in lists and in the audit trail; for statutory insurance the personal code serves instead.",
    };

    /// <summary>Who to call in an emergency (FHIR Patient.contact).</summary>
    public static FieldDefinition EmergencyContact { get; } = new("patient_emergency_contact", "Emergency contact", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 200 },
        Description = "Name and relationship, e.g. 'Kalle Tamm (husband)'.",
    };

    /// <summary>The emergency contact's phone.</summary>
    public static FieldDefinition EmergencyPhone { get; } = new("patient_emergency_phone", "Emergency contact phone", FieldType.Phone, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>The patient's family doctor (FHIR Patient.generalPractitioner).</summary>
    public static FieldDefinition GeneralPractitioner { get; } = new("patient_gp", "Family doctor (GP)", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 200 },
        Description = "The GP and practice that receive copies of letters and discharge summaries.",
    };

    /// <summary>Known allergies and intolerances (FHIR AllergyIntolerance), special-category health data.</summary>
    public static FieldDefinition Allergies { get; } = new("patient_allergies", "Allergies", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 500 },
        Description = "Substance and reaction, e.g. 'Penicillin (rash); latex'. 'No known allergies' is recorded as such; empty means not asked yet.",
    };

    /// <summary>The patient has activated the patient portal.</summary>
    public static FieldDefinition PortalEnrolled { get; } = new("patient_portal_enrolled", "Patient portal activated", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>Consent to receive health information and invitations (not care messages).</summary>
    public static FieldDefinition HealthNewsConsent { get; } = new("patient_newsletter_consent", "Health newsletter consent", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Invitations to check-ups and health newsletters; care messages (appointments, results) need no consent.",
    };

    /// <summary>An employer's occupational health contract with the hospital.</summary>
    public static FieldDefinition OhContractNumber { get; } = new("oh_contract_number", "Occupational health contract", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "OH-[0-9]{4}-[0-9]{3}", PatternDescription = "OH-, the year and a 3-digit serial, e.g. OH-2025-014" },
        Description = "Organisations only: the framework contract under which employees come for check-ups.",
    };

    /// <summary>How many employees an employer's contract covers.</summary>
    public static FieldDefinition OhEmployeeCount { get; } = new("oh_employee_count", "Employees covered", FieldType.Number, FieldTarget.Customer)
    {
        Constraints = new() { Min = 1, Max = 100_000 },
    };
}
