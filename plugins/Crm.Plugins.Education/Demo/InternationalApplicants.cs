using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using static Crm.Plugins.Education.Demo.DemoKit;

namespace Crm.Plugins.Education.Demo;

/// <summary>Postgraduate and international applicants met at fairs abroad, through agents and online.</summary>
internal static class InternationalApplicants
{
    private static readonly string[] FullPostgraduateFile =
        ["transcript", "degree_certificate", "reference", "personal_statement", "english_test_certificate", "passport"];

    public static IEnumerable<DemoCustomer> All()
    {
        // Accepted an unconditional offer and paid the deposit: the CAS is next. A merit scholarship awarded, not yet accepted.
        yield return new DemoCustomer(new()
        {
            Name = "Priya Sharma",
            Owner = "raj.patel",
            Contacts = [Email("priya.sharma.ds@gmail.com"), Mobile("+91 98200 45123"), Address("Flat 502, Sea Breeze Apartments, Bandra West, Mumbai 400050, India")],
            Fields = Values(
                ("student_date_of_birth", new DateOnly(2001, 9, 4)), ("student_passport_number", "Z4829175"), ("student_nationality", "IN"),
                ("student_status", "offer_holder"), ("entry_qualification", "bachelors"),
                ("entry_grades", "B.Tech Computer Engineering, CGPA 8.7/10 (University of Mumbai)"), ("english_test", "ielts_academic"), ("ielts_band", 7.5m),
                ("student_contact_preference", "email"), ("student_marketing_consent", true), ("student_recruitment_source", "education_fair")),
        })
        {
            Interactions =
            [
                Fair("QS World Grad School Tour, Mumbai", "Asked about MSc Data Science, the placement option and scholarships for Indian students", 140,
                    "applied online the same week"),
                Portal("Application submitted with her transcripts, degree certificate, reference, statement, IELTS report and passport", 130),
                Call("Online interview with the programme director about her final-year project", 100, "recommended for an unconditional offer",
                    Crm.Framework.Interactions.InteractionDirection.Outbound),
                Portal("Accepted the offer and paid the 3,000 GBP tuition deposit", 20),
                Emailed("Sent the pre-CAS checklist: financial evidence and tuberculosis test certificate", 19),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Check the passport scan and financial evidence, then issue the CAS") { DueInDays = 1 },
            ],
            // An offer holder, not yet enrolled: the kernel's standard SLA applies.
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.High, "CAS not issued yet; visa appointment in Mumbai booked for early February", OpenedHoursAgo: 3)
                {
                    Channel = Channels.Email.Key,
                    Response = "Your CAS is being checked and will be issued within two working days; the TB certificate is the last document we need.",
                },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "MSc Data Science, September 2026", Gbp(24_500))
                {
                    Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "G5T1"), ("programme_name", "MSc Data Science"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 1), ("application_fee", Gbp(50))),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents", FullPostgraduateFile)),
                        To("admission_decision", ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(24_500)), ("tuition_fee_status", "international")),
                        To("offer_accepted", ("tuition_deposit", Gbp(3_000))),
                    ],
                    ClosesInDays = 250,
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "International Merit Scholarship — MSc Data Science", Gbp(3_000))
                {
                    Fields = Values(("scholarship_name", "International Merit Scholarship"), ("scholarship_basis", "academic_merit"),
                        ("programme_code", "G5T1"), ("programme_name", "MSc Data Science")),
                    Path =
                    [
                        To("eligibility_check"),
                        To("panel_review"),
                        To("awarded", ("scholarship_panel_score", 78), ("scholarship_award", Gbp(3_000)), ("scholarship_years", 1)),
                    ],
                    ClosesInDays = 14,
                },
            ],
            Documents = [EducationTemplates.AdmissionOfferLetter.Key],
        };

        // Applied through an agent; the degree certificate, the reference and the statement are still missing (the request is rendered for it).
        yield return new DemoCustomer(new()
        {
            Name = "Yuxin Chen",
            Owner = "raj.patel",
            Contacts = [Email("yuxin.chen@163.com"), Mobile("+86 138 1234 5678"), Address("Room 1203, 88 Changshou Road, Putuo District, Shanghai 200060, China")],
            Fields = Values(
                ("student_date_of_birth", new DateOnly(2003, 5, 17)), ("student_passport_number", "EB4417290"), ("student_nationality", "CN"),
                ("student_status", "applicant"), ("entry_qualification", "bachelors"),
                ("entry_grades", "BA Finance, average 84% so far, graduating June 2026 (Shanghai University of Finance and Economics)"),
                ("english_test", "ielts_academic"), ("ielts_band", 6.0m), ("student_contact_preference", "email"),
                ("student_recruitment_source", "education_agent"), ("education_agent", "Global Pathways Education Ltd")),
        })
        {
            Interactions =
            [
                Portal("Application for MSc Finance submitted by the agent Global Pathways Education", 35),
                Portal("Uploaded her interim transcript, IELTS report (6.0 overall) and passport; retaking IELTS in February", 21),
                Emailed("Told the agent which documents are still missing", 7),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Chase the agent for the degree certificate and the IELTS retake date") { DueInDays = -3 },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "MSc Finance, September 2026", Gbp(26_000))
                {
                    Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "N3T1"), ("programme_name", "MSc Finance"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 1), ("application_fee", Gbp(50)),
                        ("application_documents", new[] { "transcript", "english_test_certificate", "passport" })),
                    Path = [To("application")],
                    ClosesInDays = 120,
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "China Excellence Scholarship — MSc Finance", Gbp(5_000))
                {
                    Fields = Values(("scholarship_name", "China Excellence Scholarship"), ("scholarship_basis", "country"),
                        ("programme_code", "N3T1"), ("programme_name", "MSc Finance")),
                    ClosesInDays = 90,
                },
            ],
            Documents = [EducationTemplates.MissingDocumentsRequest.Key],
        };

        // A PhD applicant with settled status (home fees) whose file is complete; the studentship is in the eligibility check.
        yield return new DemoCustomer(new()
        {
            Name = "Lucas Moreau",
            Owner = "emma.wilson",
            Contacts = [Email("lucas.moreau@etu.univ-lyon1.fr"), Mobile("+33 6 12 34 56 78"), Address("12 rue Victor Hugo, 69002 Lyon, France")],
            Fields = Values(
                ("student_date_of_birth", new DateOnly(1999, 12, 2)), ("student_passport_number", "21AB34567"), ("student_nationality", "FR"),
                ("student_status", "applicant"), ("entry_qualification", "masters"),
                ("entry_grades", "Master's in Computer Science, 16.2/20 (Université Claude Bernard Lyon 1)"),
                ("english_test", "ielts_academic"), ("ielts_band", 7.0m), ("student_contact_preference", "email"), ("student_recruitment_source", "website")),
        })
        {
            Interactions =
            [
                Meeting("Video call with Dr Amara Osei, the proposed supervisor, about a PhD in trustworthy machine learning", 60,
                    "supervisor supports the application", "online"),
                Portal("Application with research proposal, CV, two references and the master's transcript", 40),
                Emailed("Confirmed home fee status: he holds settled status under the EU Settlement Scheme", 25),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "PhD Computer Science, September 2026", Gbp(5_006))
                {
                    Fields = Values(("programme_level", "postgraduate_research"), ("programme_code", "G4R1"), ("programme_name", "PhD Computer Science"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 3.5m)),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents",
                            new[] { "transcript", "degree_certificate", "reference", "research_proposal", "cv", "english_test_certificate", "passport" })),
                    ],
                    ClosesInDays = 60,
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "EPSRC Doctoral Landscape Award studentship", Gbp(90_000))
                {
                    Fields = Values(("scholarship_name", "EPSRC Doctoral Landscape Award studentship"), ("scholarship_basis", "research"),
                        ("programme_code", "G4R1"), ("programme_name", "PhD Computer Science")),
                    Path = [To("eligibility_check")],
                    ClosesInDays = 75,
                },
            ],
            Documents = [EducationTemplates.MissingDocumentsRequest.Key],
        };

        // Declined an unconditional offer for a bigger scholarship elsewhere; our own scholarship panel had not awarded him.
        yield return new DemoCustomer(new()
        {
            Name = "Daniel Okafor",
            Owner = "raj.patel",
            Contacts = [Email("daniel.okafor@yahoo.com"), Mobile("+234 803 555 0142"), Address("24 Adeola Odeku Street, Victoria Island, Lagos, Nigeria")],
            Fields = Values(
                ("student_date_of_birth", new DateOnly(2006, 2, 14)), ("student_passport_number", "A09876543"), ("student_nationality", "NG"),
                ("student_status", "withdrawn"), ("entry_qualification", "international_secondary"),
                ("entry_grades", "WAEC WASSCE: A1 in Mathematics, Physics and Chemistry, B2 in English"),
                ("english_test", "ielts_academic"), ("ielts_band", 6.5m), ("student_contact_preference", "email"),
                ("student_recruitment_source", "education_agent"), ("education_agent", "Scholars Bridge Consult")),
        })
        {
            Interactions =
            [
                Fair("Study UK Exhibition, Lagos", "Asked about BEng Mechanical Engineering and the Africa Future Leaders Scholarship", 200),
                Portal("Application submitted through Scholars Bridge Consult", 180),
                Emailed("Scholarship panel outcome: not awarded this year", 80),
                Portal("Declined the offer: accepted a place at another university with a larger scholarship", 45, "lost to competitor"),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "BEng (Hons) Mechanical Engineering, September 2026", Gbp(23_750))
                {
                    Fields = Values(("programme_level", "undergraduate"), ("programme_code", "H300"), ("programme_name", "BEng (Hons) Mechanical Engineering"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 3)),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference", "english_test_certificate", "passport" })),
                        To("admission_decision", ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(23_750)), ("tuition_fee_status", "international")),
                        Lost("declined", "Accepted a place at another UK university that offered a 50% tuition fee scholarship"),
                    ],
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "Africa Future Leaders Scholarship — Mechanical Engineering", Gbp(12_000))
                {
                    Fields = Values(("scholarship_name", "Africa Future Leaders Scholarship"), ("scholarship_basis", "country"), ("programme_code", "H300")),
                    Path =
                    [
                        To("eligibility_check"),
                        To("panel_review"),
                        Lost("not_awarded", "Panel score 61, below the award threshold of 70; 212 applicants for 15 awards"),
                    ],
                },
            ],
        };

        // Withdrew for a job; the scholarship application went with it.
        yield return new DemoCustomer(new()
        {
            Name = "Hannah Schmidt",
            Owner = "raj.patel",
            Contacts = [Email("hannah.schmidt@posteo.de"), Mobile("+49 151 2345 6789"), Address("Kastanienallee 41, 10435 Berlin, Germany")],
            Fields = Values(
                ("student_date_of_birth", new DateOnly(1998, 8, 21)), ("student_nationality", "DE"), ("student_status", "withdrawn"),
                ("entry_qualification", "bachelors"), ("entry_grades", "BA Political Science, final grade 1.7 (Freie Universität Berlin)"),
                ("english_test", "toefl_ibt"), ("ielts_band", 7.5m), ("student_contact_preference", "email"),
                ("student_marketing_consent", true), ("student_recruitment_source", "website")),
        })
        {
            Interactions =
            [
                Portal("Applied for MA International Relations and the Alumni Fund Postgraduate Scholarship", 110),
                CampusVisit("Visited the city campus during a trip to the UK; met the programme leader", 95, "city_campus"),
                Portal("Withdrew her application: accepted a job at the Federal Foreign Office in Berlin", 50, "may reapply for 2027"),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "MA International Relations, September 2026", Gbp(21_000))
                {
                    Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "L2T5"), ("programme_name", "MA International Relations"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 1)),
                    Path = [To("application"), Lost("withdrawn", "Accepted a job offer at the German Federal Foreign Office; may reapply for 2027 entry")],
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "Alumni Fund Postgraduate Scholarship — International Relations", Gbp(5_000))
                {
                    Fields = Values(("scholarship_name", "Alumni Fund Postgraduate Scholarship"), ("scholarship_basis", "academic_merit"), ("programme_code", "L2T5")),
                    Path = [Lost("declined", "Withdrawn together with her application for MA International Relations")],
                },
            ],
        };
    }
}
