using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Teams;

namespace Crm.Plugins.Education;

/// <summary>
/// Who does the daily work: the UK and international recruitment teams that share new enquiries, the response
/// times the Student Hub promises enrolled students, and the rules that route new enquiries.
/// </summary>
public static class EducationService
{
    /// <summary>UK student recruitment: schools, colleges, open days.</summary>
    public static TeamDefinition UkRecruitment { get; } = new("edu_uk_recruitment", "UK student recruitment", ["sarah.jenkins", "james.ward", "chloe.evans"])
    {
        Lead = "sarah.jenkins",
    };

    /// <summary>The international office: agents, fairs abroad, visas and CAS.</summary>
    public static TeamDefinition InternationalOffice { get; } = new("edu_international_office", "International office", ["raj.patel", "emma.wilson", "mei.wong"])
    {
        Lead = "raj.patel",
    };

    /// <summary>
    /// The Student Hub's service standard for enrolled students: the Hub is open Monday to Friday 08:30–17:00 UK time,
    /// closed on bank holidays and between Christmas and New Year. An urgent case (safety, wellbeing, a visa or
    /// exam deadline) is answered within an hour and resolved the same working day; a normal one answered within a
    /// working day and resolved within five. Missed targets go to the Head of Student Services.
    /// </summary>
    public static SlaPolicy EnrolledStudents { get; } = new("edu_enrolled_students", "Enrolled students (Student Hub)",
        new Dictionary<CasePriority, SlaTargets>
        {
            [CasePriority.Urgent] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8.5)),
            [CasePriority.High] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(2 * 8.5)),
            [CasePriority.Normal] = new(TimeSpan.FromHours(8.5), TimeSpan.FromHours(5 * 8.5)),
            [CasePriority.Low] = new(TimeSpan.FromHours(2 * 8.5), TimeSpan.FromHours(10 * 8.5)),
        })
    {
        Segment = CustomerSegment.WithField("student_status", "enrolled"),
        Hours = new BusinessHours(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            new TimeOnly(8, 30), new TimeOnly(17, 0), "Europe/London")
        {
            // Bank holidays in England 2026 and the university's closure between Christmas and New Year 2027; add each year's dates.
            Holidays =
            [
                new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31),
                new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 28), new(2026, 12, 29), new(2026, 12, 30), new(2026, 12, 31), new(2027, 1, 1),
            ],
        },
        EscalateTo = "claire.morgan",
    };

    /// <summary>Pupils who leave their details at a school visit go to UK recruitment in turn.</summary>
    public static AssignmentRule SchoolVisitEnquiries { get; } =
        AssignmentRule.RoundRobin("edu_school_visit_enquiries", UkRecruitment.Key) with { Channel = EducationChannels.SchoolVisit.Key };

    /// <summary>Applicants referred by an education agent go to the international office in turn.</summary>
    public static AssignmentRule AgentReferrals { get; } =
        AssignmentRule.RoundRobin("edu_agent_referrals", InternationalOffice.Key) with { FieldKey = "student_recruitment_source", FieldValue = "education_agent" };
}
