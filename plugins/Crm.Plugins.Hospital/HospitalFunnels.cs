using Crm.Framework.Pipelines;

namespace Crm.Plugins.Hospital;

/// <summary>
/// The hospital's funnels. Each stage lists where a deal may go next and the deal fields it must have on
/// entry, so a referral cannot be booked before it is triaged, nor a patient operated on before the
/// pre-operative assessment.
/// </summary>
public static class HospitalFunnels
{
    /// <summary>Funnel key of <see cref="CarePathway"/>.</summary>
    public const string CarePathwayKey = "care_pathway";

    /// <summary>Funnel key of <see cref="ElectiveSurgery"/>.</summary>
    public const string ElectiveSurgeryKey = "elective_surgery";

    /// <summary>Funnel key of <see cref="HealthCheckup"/>.</summary>
    public const string HealthCheckupKey = "health_checkup";

    /// <summary>The won stage of the care pathway: the patient was seen and treated.</summary>
    public const string Treated = "treated";

    /// <summary>The won stage of elective surgery: operated on and discharged.</summary>
    public const string Discharged = "discharged";

    /// <summary>The lost stage for a patient who did not come (a no-show), in the care pathway and the check-ups.</summary>
    public const string DidNotAttend = "did_not_attend";

    /// <summary>Outpatient care: from the referral through triage and the appointment to treatment.</summary>
    public static FunnelDefinition CarePathway { get; } = new(CarePathwayKey, "Care pathway",
    [
        new("referral_received", "Referral received", 0.15m) { Next = ["triage", "referred_elsewhere", "declined"], RequiredFields = ["patient_referral_source", "hospital_department"] },
        new("triage", "Triage", 0.35m) { Next = ["appointment_booked", "referred_elsewhere", "declined"], RequiredFields = ["triage_category"] },
        new("appointment_booked", "Appointment booked", 0.75m)
        {
            Next = [Treated, DidNotAttend, "referred_elsewhere", "declined"],
            RequiredFields = ["hospital_appointment_date", "hospital_appointment_time", "attending_practitioner"],
        },
        new(Treated, "Treated", 1m, StageKind.Won) { RequiredFields = ["encounter_class", "encounter_diagnosis"] },
        new("declined", "Declined by the patient", 0m, StageKind.Lost),
        new(DidNotAttend, "Did not attend (no-show)", 0m, StageKind.Lost),
        new("referred_elsewhere", "Referred elsewhere", 0m, StageKind.Lost),
    ])
    {
        Description = "A referral from a GP, a specialist, the emergency department or an ambulance crew, or a self-referral, "
            + "triaged by a clinician and booked with a practitioner. Treated means the encounter took place and was coded; "
            + "the follow-up is then planned by automation. The deal amount is the expected tariff of the episode.",
    };

    /// <summary>Planned operations: consultation, pre-operative assessment, the waiting list, admission and discharge.</summary>
    public static FunnelDefinition ElectiveSurgery { get; } = new(ElectiveSurgeryKey, "Elective surgery",
    [
        new("consultation", "Surgical consultation", 0.20m) { Next = ["pre_assessment", "patient_declined", "clinically_unfit"], RequiredFields = ["hospital_department", "planned_procedure"] },
        new("pre_assessment", "Pre-operative assessment", 0.45m) { Next = ["listed_for_surgery", "patient_declined", "clinically_unfit"] },
        new("listed_for_surgery", "Listed for surgery", 0.75m)
        {
            Next = ["admitted", "pre_assessment", "patient_declined", "clinically_unfit"],
            RequiredFields = ["asa_grade", "operating_surgeon", "surgery_date", "episode_payer"],
        },
        new("admitted", "Admitted", 0.95m) { Next = [Discharged, "clinically_unfit"] },
        new(Discharged, "Discharged", 1m, StageKind.Won) { RequiredFields = ["discharge_date", "discharge_disposition", "encounter_diagnosis"] },
        new("patient_declined", "Declined by the patient", 0m, StageKind.Lost),
        new("clinically_unfit", "Clinically unfit / cancelled", 0m, StageKind.Lost),
    ])
    {
        Description = "Hip and knee replacements, cataract, hernia and other planned operations, public or self-pay. "
            + "A patient listed too long ago goes back to pre-assessment. The deal amount is the price of the surgical package.",
    };

    /// <summary>Health check-up packages sold to people and employers: enquiry, quote, booking, completion.</summary>
    public static FunnelDefinition HealthCheckup { get; } = new(HealthCheckupKey, "Health check-up package",
    [
        new("enquiry", "Enquiry", 0.15m) { Next = ["quoted", "not_proceeding"], RequiredFields = ["checkup_package"] },
        new("quoted", "Quoted", 0.40m) { Next = ["booked", "not_proceeding"], RequiredFields = ["checkup_headcount", "checkup_price_per_person"] },
        new("booked", "Booked", 0.80m) { Next = ["completed", DidNotAttend, "not_proceeding"], RequiredFields = ["checkup_date"] },
        new("completed", "Completed, results delivered", 1m, StageKind.Won),
        new("not_proceeding", "Not proceeding", 0m, StageKind.Lost),
        new(DidNotAttend, "Did not attend", 0m, StageKind.Lost),
    ])
    {
        Description = "Preventive check-ups for a person or an employer's staff (occupational health examinations). "
            + "The deal amount is the price per person times the headcount.",
    };
}
