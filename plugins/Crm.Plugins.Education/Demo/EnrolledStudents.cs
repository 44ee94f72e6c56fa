using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using static Crm.Plugins.Education.Demo.DemoKit;

namespace Crm.Plugins.Education.Demo;

/// <summary>Students who enrolled this academic year: an undergraduate nurse, a part-time MBA and an international scholar.</summary>
internal static class EnrolledStudents
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A first-year nursing student who asked for a council tax letter (the enrolment confirmation is rendered for him).
        yield return new DemoCustomer(new()
        {
            Name = "Oliver Bennett",
            Owner = "sarah.jenkins",
            Contacts = [Email("oliver.bennett06@icloud.com"), Mobile("+44 7700 900789"), Address("Flat 3, 27 Mutley Plain, Plymouth PL4 6JQ")],
            Fields = Values(
                ("student_number", "25014387"), ("ucas_personal_id", "128-664-0051"), ("student_date_of_birth", new DateOnly(2006, 4, 2)),
                ("student_nationality", "GB"), ("student_status", "enrolled"), ("entry_qualification", "btec"),
                ("entry_grades", "DDD achieved (BTEC Extended Diploma in Health and Social Care)"), ("english_test", "not_required"),
                ("student_contact_preference", "student_portal"), ("student_recruitment_source", "school_visit"), ("applicant_school", "Tamarside College")),
        })
        {
            Interactions =
            [
                SchoolVisit("Nursing careers talk, Tamarside College", "Asked how placements work in the nursing degree", 500),
                CampusVisit("Nursing interview day: group task and individual interview", 380, "health_sciences_campus", "offer recommended"),
                Portal("Completed online enrolment and uploaded his photo for the student card", 118),
                Portal("Asked for a letter confirming his enrolment for the council tax exemption", 3, "enrolment confirmation issued"),
            ],
            // Answered and resolved by the placements team; he rated the Student Hub 4 of 5.
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.Normal, "Placement allocated two hours from home without a car", OpenedHoursAgo: 26)
                {
                    Channel = EducationChannels.StudentPortal.Key,
                    Response = "The placements team has moved your spring placement to Derriford; the new allocation is in the portal.",
                    ResolvedWithCsat = 4,
                },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "BSc (Hons) Adult Nursing, September 2025", Gbp(9_535))
                {
                    Fields = Values(("programme_level", "undergraduate"), ("programme_code", "B740"), ("programme_name", "BSc (Hons) Adult Nursing"),
                        ("intake_term", "202509"), ("study_mode", "full_time"), ("programme_length_years", 3)),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" })),
                        To("admission_decision", ("admission_offer_type", "conditional"),
                            ("admission_offer_conditions", "DMM in the BTEC Extended Diploma; a satisfactory occupational health assessment; a satisfactory enhanced DBS check"),
                            ("tuition_fee", Gbp(9_535)), ("tuition_fee_status", "home")),
                        To("offer_accepted"),
                        To("enrolled", ("student_enrolment_date", new DateOnly(2025, 9, 19))),
                    ],
                },
            ],
            Documents = [EducationTemplates.EnrolmentConfirmation.Key],
        };

        // A ward manager studying a part-time MBA from January (her enrolment confirmation is rendered too); not eligible for an undergraduate scholarship.
        yield return new DemoCustomer(new()
        {
            Name = "Emily Clarke",
            Owner = "sarah.jenkins",
            Contacts = [Email("emily.clarke@northshire.nhs.uk"), Mobile("+44 7700 900634"), Address("5 Elm Grove, Plympton, Plymouth PL7 2DS")],
            Fields = Values(
                ("student_number", "26000412"), ("student_date_of_birth", new DateOnly(1987, 10, 30)), ("student_nationality", "GB"),
                ("student_status", "enrolled"), ("entry_qualification", "bachelors"), ("entry_grades", "BSc (Hons) Nursing, 2:1 (2009)"),
                ("english_test", "not_required"),
                ("student_support_needs", "Type 1 diabetes: rest breaks and permission to eat during examinations"),
                ("student_contact_preference", "email"), ("student_marketing_consent", true), ("student_recruitment_source", "employer")),
        })
        {
            Interactions =
            [
                OpenDay("Postgraduate open evening: MBA and leadership programmes", 110, "city_campus", "Postgraduate Open Evening, October 2025", 0),
                Meeting("Advice meeting with the MBA programme director about part-time study alongside work", 90, "applied the same week", "city_campus"),
                Portal("Completed enrolment for the January intake", 3),
            ],
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Low, "Asks to take the Strategic Finance module in the May block instead", OpenedHoursAgo: 20)
                {
                    Channel = Channels.Email.Key,
                    Response = "The programme director agreed in principle; the Student Hub will confirm the change once the May timetable is published.",
                },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "MBA (Executive), part-time, January 2026", Gbp(9_800))
                {
                    Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "N1T2"), ("programme_name", "MBA (Executive)"),
                        ("intake_term", "202601"), ("study_mode", "part_time"), ("programme_length_years", 2.5m)),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents", new[] { "transcript", "degree_certificate", "reference", "personal_statement", "cv" })),
                        To("admission_decision", ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(9_800)), ("tuition_fee_status", "home")),
                        To("offer_accepted"),
                        To("enrolled", ("student_enrolment_date", new DateOnly(2026, 1, 12))),
                    ],
                },
                new DemoDeal(EducationFunnels.ScholarshipsKey, "Vice-Chancellor's Excellence Scholarship — MBA", Gbp(3_000))
                {
                    Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit"), ("programme_code", "N1T2")),
                    Path =
                    [
                        To("eligibility_check"),
                        Lost("ineligible", "The Vice-Chancellor's Excellence Scholarship is for full-time undergraduates; part-time postgraduate study is not eligible"),
                    ],
                },
            ],
            Documents = [EducationTemplates.EnrolmentConfirmation.Key],
        };

        // An international scholar: the scholarship came first (its award letter is rendered), then the enrolment on the MSc.
        yield return new DemoCustomer(new()
        {
            Name = "Fatima Al-Sayed",
            Owner = "raj.patel",
            Contacts = [Email("fatima.alsayed@gmail.com"), Mobile("+44 7700 900952"), Address("Room 12, Drake Court, 6 Cobourg Street, Plymouth PL1 1SP")],
            Fields = Values(
                ("student_number", "25031956"), ("student_date_of_birth", new DateOnly(1996, 6, 9)), ("student_passport_number", "P1234567"),
                ("student_nationality", "JO"), ("student_status", "enrolled"), ("entry_qualification", "bachelors"),
                ("entry_grades", "Doctor of Medicine (MD), grade Very Good (University of Jordan)"),
                ("english_test", "ielts_academic"), ("ielts_band", 7.0m), ("student_contact_preference", "email"),
                ("student_marketing_consent", true), ("student_recruitment_source", "education_fair")),
        })
        {
            Interactions =
            [
                Fair("Study UK Fair, Amman", "Met the Public Health programme leader; asked about the Global Health Leaders Scholarship", 330),
                Portal("Accepted the Global Health Leaders Scholarship", 200),
                Portal("Enrolled and attended the international welcome week", 125),
                Call("Asked for help opening a UK bank account", 115, "sent the bank letter from the student hub"),
                new(Channels.Meeting.Key, "Personal tutor meeting: homesick and struggling to sleep; referred to Student Wellbeing", 60)
                {
                    Direction = InteractionDirection.Outbound,
                    Outcome = "wellbeing appointment booked",
                    Fields = Values(("university_campus", "health_sciences_campus"), ("student_wellbeing_concern", true)),
                },
            ],
            // The university sponsors her Student visa, so her engagement is checked every month.
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Monthly engagement check for Student visa sponsorship: attendance and submissions")
                {
                    DueInDays = 7, Repeat = new Recurrence(RepeatFrequency.Monthly) { Count = 9 },
                },
            ],
            // Not answered at seeding: past the Student Hub's 4-hour response, so it shows in 'crm cases escalations'.
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.High, "Needs a letter confirming her course end date to update her eVisa", OpenedHoursAgo: 150)
                {
                    Channel = EducationChannels.StudentPortal.Key,
                },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.ScholarshipsKey, "Global Health Leaders Scholarship — MSc Public Health", Gbp(10_000))
                {
                    Fields = Values(("scholarship_name", "Global Health Leaders Scholarship"), ("scholarship_basis", "country"),
                        ("programme_code", "B9T4"), ("programme_name", "MSc Public Health")),
                    Path =
                    [
                        To("eligibility_check"),
                        To("panel_review"),
                        To("awarded", ("scholarship_panel_score", 86), ("scholarship_award", Gbp(10_000)), ("scholarship_years", 1)),
                        To("accepted"),
                    ],
                },
                new DemoDeal(EducationFunnels.StudentAdmissionsKey, "MSc Public Health, September 2025", Gbp(22_400))
                {
                    Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "B9T4"), ("programme_name", "MSc Public Health"),
                        ("intake_term", "202509"), ("study_mode", "full_time"), ("programme_length_years", 1), ("application_fee", Gbp(50))),
                    Path =
                    [
                        To("application"),
                        To("documents_complete", ("application_documents",
                            new[] { "transcript", "degree_certificate", "reference", "personal_statement", "english_test_certificate", "passport" })),
                        To("admission_decision", ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(22_400)), ("tuition_fee_status", "international")),
                        To("offer_accepted", ("tuition_deposit", Gbp(3_000)), ("visa_cas_number", "E4G8SD1A00172X")),
                        To("enrolled", ("student_enrolment_date", new DateOnly(2025, 9, 22))),
                    ],
                },
            ],
            Documents = [EducationTemplates.ScholarshipAwardLetter.Key],
        };
    }
}
