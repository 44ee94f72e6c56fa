using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Teams;

namespace Crm.Plugins.Hospital;

/// <summary>
/// Who does the daily work: the patient services desk that registers new patients, patient relations who answer
/// complaints and incidents against the hospital's response times, and the rules that route new requests.
/// </summary>
public static class HospitalService
{
    /// <summary>The appointments and registration desk; new portal requests are shared among its members.</summary>
    public static TeamDefinition PatientServices { get; } = new("hospital_patient_services", "Patient services and appointments",
        ["marta.kuusk", "kertu.saar", "anna.volkova"])
    {
        Lead = "marta.kuusk",
    };

    /// <summary>Patient relations and quality: complaints, patient-safety incidents and what is escalated.</summary>
    public static TeamDefinition PatientRelations { get; } = new("hospital_patient_relations", "Patient relations and quality",
        ["kristel.lepp", "ivo.rand"])
    {
        Lead = "kristel.lepp",
    };

    /// <summary>
    /// Complaints and patient-safety incidents: the patient relations office answers every day of the week, 08:00–20:00
    /// Tallinn time (except public holidays); an urgent incident is acknowledged within 30 minutes and reviewed within
    /// 8 hours; a written complaint is answered well within the 30 days the law allows. Missed targets go to the lead of
    /// patient relations. Requests (a copy of the records, a certificate) keep the kernel's standard targets.
    /// </summary>
    public static SlaPolicy ClinicalComplaints { get; } = new("hospital_clinical_complaints", "Clinical complaints and patient-safety incidents",
        new Dictionary<CasePriority, SlaTargets>
        {
            [CasePriority.Urgent] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(8)),
            [CasePriority.High] = new(TimeSpan.FromHours(2), TimeSpan.FromHours(24)),
            [CasePriority.Normal] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(5 * 12)),
            [CasePriority.Low] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(15 * 12)),
        })
    {
        CaseTypes = [CaseType.Complaint, CaseType.Incident],
        Hours = new BusinessHours(Enum.GetValues<DayOfWeek>(), new TimeOnly(8, 0), new TimeOnly(20, 0), "Europe/Tallinn")
        {
            // Estonian public holidays 2026 and New Year's Day 2027; add each year's dates.
            Holidays =
            [
                new(2026, 1, 1), new(2026, 2, 24), new(2026, 4, 3), new(2026, 4, 5), new(2026, 5, 1), new(2026, 5, 24),
                new(2026, 6, 23), new(2026, 6, 24), new(2026, 8, 20), new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 26), new(2027, 1, 1),
            ],
        },
        EscalationTeam = PatientRelations.Key,
    };

    /// <summary>New patients who write in the patient portal go to the patient services desk in turn.</summary>
    public static AssignmentRule PortalRequests { get; } =
        AssignmentRule.RoundRobin("hospital_portal_requests", PatientServices.Key) with { Channel = HospitalChannels.PatientPortal.Key };

    /// <summary>Employers asking about check-ups on the corporate page of the website go to the corporate client manager.</summary>
    public static AssignmentRule CorporateCheckups { get; } =
        AssignmentRule.ToUser("hospital_corporate_checkups", "erik.vaher") with { Source = "corporate_checkups" };
}
