using Crm.Framework.Activities;
using Crm.Framework.Plugins;
using static Crm.Plugins.Education.Demo.DemoKit;

namespace Crm.Plugins.Education.Demo;

/// <summary>UK school and college leavers on their way through UCAS: an enquirer, an offer holder and a near miss.</summary>
internal static class HomeApplicants
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A strong A level applicant holding a conditional offer (the offer letter is rendered for it), in the running for a scholarship.
        yield return new DemoCustomer(new()
        {
            Name = "Amelia Hughes",
            Owner = "sarah.jenkins",
            Contacts = [Email("amelia.hughes08@gmail.com"), Mobile("+44 7700 900123"), Address("14 Chapel Lane, Kingsbridge, Devon TQ7 1AB")],
            Fields = Values(
                ("ucas_personal_id", "142-587-3390"), ("student_date_of_birth", new DateOnly(2008, 3, 11)), ("student_nationality", "GB"),
                ("student_status", "offer_holder"), ("entry_qualification", "a_levels"),
                ("entry_grades", "A*AA predicted (Mathematics, Computer Science, Physics)"), ("english_test", "not_required"),
                ("student_support_needs", "Dyslexia: 25% extra time in examinations and access to lecture recordings"),
                ("student_contact_preference", "email"), ("student_marketing_consent", true),
                ("student_recruitment_source", "open_day"), ("applicant_school", "Kingsbridge Community College")),
        })
        {
            Interactions =
            [
                SchoolVisit("UCAS workshop, Kingsbridge Community College", "Asked about Computer Science entry requirements and the placement year", 120),
                OpenDay("Came with her parents; attended the Computer Science talk and the lab tour", 92, "park_campus", "Autumn Undergraduate Open Day 2025", 2,
                    "booked an applicant visit day"),
                Portal("UCAS application received for BSc (Hons) Computer Science", 70),
                Portal("Uploaded her essay for the Vice-Chancellor's Excellence Scholarship", 40),
                CampusVisit("Applicant visit day: met the admissions tutor and a student ambassador", 12, "park_campus", "will make us her firm choice"),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Offer holder call: conditions, accommodation and the scholarship panel") { DueInDays = 2, Duration = TimeSpan.FromMinutes(15) },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "BSc (Hons) Computer Science, September 2026", Gbp(9_790))
                {
                    Fields = Values(("programme_level", "undergraduate"), ("programme_code", "G400"), ("programme_name", "BSc (Hons) Computer Science"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 3)),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" })),
                        To("admission_decision", ("admission_offer_type", "conditional"),
                            ("admission_offer_conditions", "AAA at A level including Mathematics (A*AB accepted with the A* in Mathematics or Computer Science); a pass in the practical endorsement of any science A level"),
                            ("tuition_fee", Gbp(9_790)), ("tuition_fee_status", "home")),
                    ],
                    ClosesInDays = 250,
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "Vice-Chancellor's Excellence Scholarship — Computer Science", Gbp(9_000))
                {
                    Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit"),
                        ("programme_code", "G400"), ("programme_name", "BSc (Hons) Computer Science")),
                    Path = [To("eligibility_check"), To("panel_review")],
                    ClosesInDays = 60,
                },
            ],
            Documents = [EducationTemplates.AdmissionOfferLetter.Key],
        };

        // An enquirer met at a UCAS exhibition, two years from entry.
        yield return new DemoCustomer(new()
        {
            Name = "Sophie Turner",
            Owner = "sarah.jenkins",
            Contacts = [Email("sophie.turner09@outlook.com"), Mobile("+44 7700 900456")],
            Fields = Values(
                ("student_date_of_birth", new DateOnly(2009, 7, 2)), ("student_nationality", "GB"), ("student_status", "enquirer"),
                ("entry_qualification", "btec"), ("entry_grades", "DDM predicted (BTEC Extended Diploma in Sport)"),
                ("student_contact_preference", "sms"), ("student_marketing_consent", true),
                ("student_recruitment_source", "education_fair"), ("applicant_school", "City College Plymouth")),
        })
        {
            Interactions =
            [
                Fair("UCAS Discovery Exhibition, Birmingham NEC", "Asked about Sport and Exercise Science and the sports scholarships", 60,
                    "booked a place at the spring open day"),
                Emailed("Sent the Sport and Exercise Science course guide and the spring open day booking", 58),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "Sport and Exercise Science — enquiry for 2027 entry", Gbp(9_790))
                {
                    Fields = Values(("programme_level", "undergraduate"), ("programme_code", "C600"), ("programme_name", "BSc (Hons) Sport and Exercise Science")),
                    ClosesInDays = 600,
                },
            ],
        };

        // Missed the grades for 2025 entry; reapplying for the foundation year.
        yield return new DemoCustomer(new()
        {
            Name = "Jack Robinson",
            Owner = "sarah.jenkins",
            Contacts = [Email("jack.robinson06@gmail.com"), Mobile("+44 7700 900318"), Address("9 Cotham Vale, Bristol BS6 6HR")],
            Fields = Values(
                ("ucas_personal_id", "139-204-7781"), ("student_date_of_birth", new DateOnly(2006, 11, 19)), ("student_nationality", "GB"),
                ("student_status", "applicant"), ("entry_qualification", "a_levels"),
                ("entry_grades", "BBC achieved (Psychology, Biology, English Literature)"), ("english_test", "not_required"),
                ("student_contact_preference", "phone"), ("student_recruitment_source", "ucas"), ("applicant_school", "Avonvale Academy")),
        })
        {
            Interactions =
            [
                Portal("UCAS application for BSc (Hons) Psychology, 2025 entry", 420),
                Call("Results day: missed the offer grades (BBC against AAB) and asked about Clearing", 154,
                    "no Clearing place in Psychology; advised the foundation year"),
                Portal("UCAS application for BSc (Hons) Psychology with Foundation Year, 2026 entry", 75),
                Emailed("Asked for his school reference to confirm the achieved grades", 30),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "BSc (Hons) Psychology, September 2025", Gbp(9_535))
                {
                    Fields = Values(("programme_level", "undergraduate"), ("programme_code", "C800"), ("programme_name", "BSc (Hons) Psychology"),
                        ("intake_term", "202509"), ("study_mode", "full_time"), ("programme_length_years", 3)),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" })),
                        To("admission_decision", ("admission_offer_type", "conditional"), ("admission_offer_conditions", "AAB at A level including one science"),
                            ("tuition_fee", Gbp(9_535)), ("tuition_fee_status", "home")),
                        To("offer_accepted"),
                        Lost("rejected", "Conditions not met: achieved BBC against an AAB offer; no Clearing place in Psychology"),
                    ],
                },
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "BSc (Hons) Psychology with Foundation Year, September 2026", Gbp(9_790))
                {
                    Fields = Values(("programme_level", "foundation"), ("programme_code", "C801"), ("programme_name", "BSc (Hons) Psychology with Foundation Year"),
                        ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 4)),
                    Path = [To("application"), To("documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" }))],
                    ClosesInDays = 45,
                },
            ],
        };
    }
}
