using Crm.Framework.Interactions;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Education.Demo;

/// <summary>
/// The demo for <c>crm demo education</c>: 15 customers of a UK university — home and international
/// applicants at every point of admissions, enrolled students with scholarships, and four employers and
/// public bodies buying corporate training — with their open day, fair, school, portal and phone contacts,
/// 27 deals that fill every stage of the three funnels, and the letters rendered for some of them; the day's
/// work around them (offer and CAS tasks, visa engagement checks, Student Hub cases, training quotes); and five
/// enquiries that arrive afterwards: two from known applicants, two new ones routed by the assignment rules, and a
/// school-visit form delivered twice.
/// </summary>
public static class EducationDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. HomeApplicants.All(),
        .. InternationalApplicants.All(),
        .. EnrolledStudents.All(),
        .. TrainingClients.All(),
    ])
    {
        InboundRequests = InboundRequests(),
    };

    private static IReadOnlyList<CaptureLead> InboundRequests()
    {
        var schoolVisit = new CaptureLead
        {
            Channel = EducationChannels.SchoolVisit.Key,
            Name = "Ella Morris",
            Email = "ella.morris09@gmail.com",
            Phone = "+44 7700 900555",
            Subject = "Wants to know about BSc Paramedic Science for 2027 entry",
            Message = "Year 12 at Plymstock School; predicted ABB. Asked about the placement hours and the open days.",
            Source = "ucas_workshop",
            ExternalId = "sv-2026-031",
        };
        return
        [
            // A known applicant writes in the portal (matched by email).
            new CaptureLead
            {
                Channel = EducationChannels.StudentPortal.Key,
                Email = "amelia.hughes08@gmail.com",
                Subject = "Asks when the scholarship panel meets",
            },
            // A known applicant calls from China (matched by phone).
            new CaptureLead
            {
                Channel = Channels.Phone.Key,
                Phone = "+86 138 1234 5678",
                Subject = "Says her degree certificate was couriered yesterday",
            },
            // A pupil met at a school visit: shared among UK recruitment.
            schoolVisit,
            // An applicant sent by an education agent: shared among the international office.
            new CaptureLead
            {
                Channel = Channels.Email.Key,
                Name = "Chinedu Obi",
                Email = "chinedu.obi@gmail.com",
                Phone = "+234 802 555 0190",
                Subject = "MSc Petroleum Engineering, September 2026: entry requirements and scholarships",
                Fields = new Dictionary<string, object?>
                {
                    ["student_recruitment_source"] = "education_agent",
                    ["education_agent"] = "Bright Future Consult, Lagos",
                    ["student_nationality"] = "NG",
                },
            },
            // The school-visit form is uploaded again: recognised by its id, nothing new is created.
            schoolVisit,
        ];
    }
}
