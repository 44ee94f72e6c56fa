using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Education", "Higher education", "1.1.0",
    Industry = "education",
    Description = "Universities and colleges: applicant and student record fields, student admissions, scholarship and corporate training funnels, offer, enrolment and missing-documents letters, open day, campus visit, education fair, school visit and student portal channels.",
    Framework = "[1.1,2.0)")]
