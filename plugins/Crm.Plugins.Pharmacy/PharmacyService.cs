using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Teams;

namespace Crm.Plugins.Pharmacy;

/// <summary>
/// Who does the daily work: the pharmacists of the three stores, the patient care desk of technicians who answer the
/// app and the phones, the response times promised to long-term-care facilities, and the rules that route new requests.
/// </summary>
public static class PharmacyService
{
    /// <summary>The customer tag of facilities with a long-term-care pharmacy services contract.</summary>
    public const string LtcContractTag = "ltc_contract";

    /// <summary>The pharmacists of the three stores; the pharmacist in charge leads and takes what is escalated.</summary>
    public static TeamDefinition Pharmacists { get; } = new("rx_pharmacists", "Pharmacists", ["daniel.okafor", "rachel.kim", "marcus.bell"])
    {
        Lead = "daniel.okafor",
    };

    /// <summary>The pharmacy technicians who answer the app, the refill line and new patients.</summary>
    public static TeamDefinition PatientCareDesk { get; } = new("rx_patient_care_desk", "Patient care desk", ["ashley.morgan", "kevin.tran", "brianna.scott"])
    {
        Lead = "ashley.morgan",
    };

    /// <summary>
    /// The contract terms for assisted-living homes and nursing homes: a missing or wrong dose (urgent) is answered in
    /// 15 minutes and a stat delivery made within 4 hours; the pharmacy counts time 08:00–22:00 every day, Columbus time,
    /// except the days all three stores are closed. Missed targets go to the pharmacist in charge.
    /// </summary>
    public static SlaPolicy LtcFacilities { get; } = new("rx_ltc_facilities", "Long-term-care facility contracts",
        new Dictionary<CasePriority, SlaTargets>
        {
            [CasePriority.Urgent] = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)),
            [CasePriority.High] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
            [CasePriority.Normal] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(28)),
            [CasePriority.Low] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(3 * 14)),
        })
    {
        Segment = CustomerSegment.Tagged(LtcContractTag),
        Hours = new BusinessHours(Enum.GetValues<DayOfWeek>(), new TimeOnly(8, 0), new TimeOnly(22, 0), "America/New_York")
        {
            Holidays = [new(2026, 1, 1), new(2026, 11, 26), new(2026, 12, 25), new(2027, 1, 1)],
        },
        EscalationTeam = Pharmacists.Key,
    };

    /// <summary>New patients who write in the pharmacy app (transfers, first prescriptions) go to the patient care desk in turn.</summary>
    public static AssignmentRule AppRequests { get; } =
        AssignmentRule.RoundRobin("rx_app_requests", PatientCareDesk.Key) with { Channel = PharmacyChannels.PharmacyApp.Key };

    /// <summary>Employers asking for an on-site vaccination clinic go to Marcus Bell, who runs the clinics.</summary>
    public static AssignmentRule EmployerClinics { get; } =
        AssignmentRule.ToUser("rx_employer_clinics", "marcus.bell") with { FieldKey = "rx_facility_type", FieldValue = "employer" };
}
