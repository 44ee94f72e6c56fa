using Crm.Framework.Documents;

namespace Crm.Plugins.Hospital;

/// <summary>The hospital's letters: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class HospitalTemplates
{
    /// <summary>The outpatient appointment letter: when, where, with whom, what to bring.</summary>
    public static DocumentTemplateDefinition AppointmentLetter { get; } = From("outpatient_appointment_letter", "Appointment confirmation") with
    {
        RequiresDeal = true,
        Funnels = [HospitalFunnels.CarePathwayKey, HospitalFunnels.ElectiveSurgeryKey],
        Description = "Confirms a booked outpatient or telemedicine appointment: date, time, practitioner, place, what to bring and how to change it.",
    };

    /// <summary>What to do before an operation: arrival, fasting, medicines, what to bring, going home.</summary>
    public static DocumentTemplateDefinition PreAdmissionInstructions { get; } = From("pre_admission_instructions", "Pre-admission instructions") with
    {
        RequiresDeal = true,
        Funnels = [HospitalFunnels.ElectiveSurgeryKey],
        Description = "Sent to a patient listed for surgery: admission date and time, fasting rules, medicines, allergies to confirm, what to bring, going home.",
    };

    /// <summary>The discharge summary for the patient and their GP.</summary>
    public static DocumentTemplateDefinition DischargeSummary { get; } = From("discharge_summary", "Discharge summary") with
    {
        RequiresDeal = true,
        Funnels = [HospitalFunnels.CarePathwayKey, HospitalFunnels.ElectiveSurgeryKey],
        Description = "After an operation or a treated episode: diagnosis, procedure, stay, medicines, allergies, warning signs and the follow-up; copied to the GP.",
    };

    /// <summary>A quote for a health check-up package, to a person or an employer.</summary>
    public static DocumentTemplateDefinition CheckupQuote { get; } = From("checkup_package_quote", "Health check-up quote") with
    {
        RequiresDeal = true,
        Funnels = [HospitalFunnels.HealthCheckupKey],
        Description = "The package contents, the price per person and in total, how booking works and how results are delivered.",
    };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(HospitalTemplates).Assembly, $"{key}.scriban", key, name);
}
