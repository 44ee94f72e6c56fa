using Crm.Framework.Fields;

namespace Crm.Plugins.Hospital;

/// <summary>
/// What a hospital records on a deal — an episode of care or a check-up contract: the referral and its
/// triage (FHIR <c>ServiceRequest</c>), the appointment (FHIR <c>Appointment</c>: slot, practitioner),
/// the encounter (FHIR <c>Encounter</c>: class, diagnosis, department, discharge), the surgery and the
/// check-up package. Funnel stages require them as the patient moves on (see <see cref="HospitalFunnels"/>).
/// </summary>
public static class HospitalDealFields
{
    /// <summary>The departments (specialties) of the hospital, shared with <see cref="HospitalInteractionFields.HospitalUnit"/>.</summary>
    public static IReadOnlyList<string> Departments { get; } =
    [
        "cardiology", "orthopaedics", "general_surgery", "internal_medicine", "neurology", "gynaecology", "ophthalmology",
        "ent", "urology", "dermatology", "paediatrics", "oncology", "occupational_health", "radiology", "emergency",
    ];

    /// <summary>Who sent the patient.</summary>
    public static FieldDefinition ReferralSource { get; } = new("patient_referral_source", "Referred by", FieldType.Choice, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Choices = ["gp", "specialist", "emergency_department", "ambulance", "self_referral", "employer", "insurer"] },
        Description = "FHIR ServiceRequest.requester: a GP e-referral, another specialist, the emergency department, an ambulance crew, the patient, an employer or an insurer.",
    };

    /// <summary>The number of the digital referral in the national health information system.</summary>
    public static FieldDefinition EReferralNumber { get; } = new("e_referral_number", "E-referral number", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{6,12}", PatternDescription = "the 6- to 12-digit number of the digital referral" },
    };

    /// <summary>The department that takes the patient on (FHIR Encounter.serviceType).</summary>
    public static FieldDefinition Department { get; } = new("hospital_department", "Department", FieldType.Choice, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Choices = Departments },
    };

    /// <summary>Why the patient was referred (FHIR ServiceRequest.reasonCode), in the referrer's words.</summary>
    public static FieldDefinition ReferralReason { get; } = new("referral_reason", "Reason for referral", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 500 },
    };

    /// <summary>How soon the patient must be seen, decided at triage.</summary>
    public static FieldDefinition TriageCategory { get; } = new("triage_category", "Triage category", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["emergency", "urgent", "soon", "routine"] },
        Description = "FHIR ServiceRequest.priority as the clinician set it: emergency (today), urgent (within 2 weeks), soon (within 6 weeks) or routine (the waiting list).",
    };

    /// <summary>The day of the appointment (FHIR Appointment.start).</summary>
    public static FieldDefinition AppointmentDate { get; } = new("hospital_appointment_date", "Appointment date", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
    };

    /// <summary>The time of the appointment slot.</summary>
    public static FieldDefinition AppointmentTime { get; } = new("hospital_appointment_time", "Appointment time", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "([01][0-9]|2[0-3]):[0-5][0-9]", PatternDescription = "a 24-hour time such as 09:30" },
    };

    /// <summary>The doctor the patient will see (FHIR Appointment.participant).</summary>
    public static FieldDefinition Practitioner { get; } = new("attending_practitioner", "Practitioner", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { MaxLength = 120 },
        Description = "Name and role, e.g. 'Dr Kristjan Mets, cardiologist'.",
    };

    /// <summary>Where the appointment takes place (FHIR Appointment location).</summary>
    public static FieldDefinition ClinicLocation { get; } = new("clinic_location", "Location", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 200 },
        Description = "Building, floor and room, e.g. 'Outpatient clinic, building B, 2nd floor, room 214'.",
    };

    /// <summary>The kind of encounter (FHIR Encounter.class).</summary>
    public static FieldDefinition EncounterClass { get; } = new("encounter_class", "Encounter class", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["ambulatory", "emergency", "inpatient", "day_case", "virtual", "home_health"] },
        Description = "FHIR v3 ActCode: AMB (outpatient), EMER, IMP (inpatient), day case, VR (telemedicine) and HH (home visit); it decides the tariff.",
    };

    /// <summary>The main diagnosis of the encounter as an ICD-10 code (FHIR Encounter.diagnosis).</summary>
    public static FieldDefinition EncounterDiagnosis { get; } = new("encounter_diagnosis", "Main diagnosis (ICD-10)", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?", PatternDescription = "an ICD-10 code such as I20.9 or M17.1" },
    };

    /// <summary>The operation planned (FHIR Procedure, status preparation).</summary>
    public static FieldDefinition PlannedProcedure { get; } = new("planned_procedure", "Planned procedure", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 300 },
    };

    /// <summary>ASA physical status from the pre-operative assessment, 1 (healthy) to 6.</summary>
    public static FieldDefinition AsaGrade { get; } = new("asa_grade", "ASA physical status", FieldType.Number, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Min = 1, Max = 6 },
        Description = "American Society of Anesthesiologists classification: 1 healthy, 2 mild and 3 severe systemic disease, 4 a constant threat to life, 5 moribund, 6 brain-dead donor.",
    };

    /// <summary>The surgeon who will operate.</summary>
    public static FieldDefinition Surgeon { get; } = new("operating_surgeon", "Surgeon", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 120 },
    };

    /// <summary>The day of the operation.</summary>
    public static FieldDefinition SurgeryDate { get; } = new("surgery_date", "Surgery date", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
    };

    /// <summary>The day the patient left hospital (FHIR Encounter.period.end).</summary>
    public static FieldDefinition DischargeDate { get; } = new("discharge_date", "Discharge date", FieldType.Date, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>Where the patient went on discharge (FHIR Encounter.hospitalization.dischargeDisposition).</summary>
    public static FieldDefinition DischargeDisposition { get; } = new("discharge_disposition", "Discharged to", FieldType.Choice, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["home", "home_with_support", "rehabilitation", "nursing_home", "other_hospital"] },
    };

    /// <summary>The medicines prescribed on discharge, special-category data.</summary>
    public static FieldDefinition DischargeMedication { get; } = new("discharge_medication", "Discharge medication", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 1000 },
        Description = "One medicine per line or separated by semicolons: name, strength, dose and for how long. The prescriptions are in the national e-prescription centre.",
    };

    /// <summary>When the patient should be reviewed again, in weeks.</summary>
    public static FieldDefinition FollowUpWeeks { get; } = new("patient_follow_up_weeks", "Follow-up in (weeks)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 52 },
    };

    /// <summary>Who pays for this episode of care.</summary>
    public static FieldDefinition EpisodePayer { get; } = new("episode_payer", "Paid by", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["public_insurance", "private_insurance", "employer", "self_pay"] },
        Description = "The Health Insurance Fund (by referral, at the public tariff), a private insurer (with pre-authorisation), the employer or the patient.",
    };

    /// <summary>The code of the service in the Health Insurance Fund price list.</summary>
    public static FieldDefinition TariffCode { get; } = new("hospital_tariff_code", "Tariff code", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[0-9]{4}[A-Z]?", PatternDescription = "a 4-digit price-list code, optionally followed by a capital letter, e.g. 3004 or 7915K" },
    };

    /// <summary>A private insurer's authorisation of the treatment.</summary>
    public static FieldDefinition Preauthorisation { get; } = new("insurer_preauthorisation", "Insurer pre-authorisation", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "[A-Z]{2,4}-[0-9]{4,10}", PatternDescription = "the insurer's prefix and number, e.g. ERGO-2026104" },
    };

    /// <summary>The health check-up package.</summary>
    public static FieldDefinition CheckupPackage { get; } = new("checkup_package", "Check-up package", FieldType.Choice, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Choices = ["basic", "comprehensive", "executive", "cardiovascular", "womens_health", "occupational"] },
    };

    /// <summary>How many people the check-up is for.</summary>
    public static FieldDefinition CheckupHeadcount { get; } = new("checkup_headcount", "People", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 5_000 },
    };

    /// <summary>The price of the package per person.</summary>
    public static FieldDefinition CheckupPricePerPerson { get; } = new("checkup_price_per_person", "Price per person", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>The (first) day of the check-ups.</summary>
    public static FieldDefinition CheckupDate { get; } = new("checkup_date", "Check-up date", FieldType.Date, FieldTarget.Deal);
}
