using Crm.Framework.Plugins;

namespace Crm.Plugins.Education.Demo;

/// <summary>
/// The demo for <c>crm demo education</c>: 15 customers of a UK university — home and international
/// applicants at every point of admissions, enrolled students with scholarships, and four employers and
/// public bodies buying corporate training — with their open day, fair, school, portal and phone contacts,
/// 27 deals that fill every stage of the three funnels, and the letters rendered for some of them.
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
    ]);
}
