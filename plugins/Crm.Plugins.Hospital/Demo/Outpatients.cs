using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using static Crm.Plugins.Hospital.Demo.DemoKit;

namespace Crm.Plugins.Hospital.Demo;

/// <summary>Patients on the outpatient care pathway: referred, triaged, booked, seen or lost on the way.</summary>
internal static class Outpatients
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A neurology appointment booked after a GP referral (the appointment letter is rendered for it).
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Maria Ivanova",
            Lifecycle = LifecycleStage.Prospect,
            Owner = AppointmentsDesk,
            Contacts = [Email("maria.ivanova@mail.ee"), Mobile("+372 5390 6618"), Home("Tuulemaa 7-34, 10312 Tallinn, Estonia")],
            Fields = Values(
                ("mrn", "00655870"), ("patient_personal_code", "48607150226"), ("patient_birth_date", new DateOnly(1986, 7, 15)),
                ("patient_gender", "female"), ("patient_language", "ru"), ("patient_contact_preference", "sms"),
                ("patient_coverage", "public_insurance"), ("patient_gp", "Dr Svetlana Kuznetsova, Lasnamäe Health Centre"),
                ("patient_allergies", "No known allergies"), ("patient_portal_enrolled", true)),
        })
        {
            Interactions =
            [
                EReferral("E-referral: migraine attacks twice a week despite triptans", 9, "neurology"),
                CallOut("Offered the first free neurology slot; interpreter not needed", 2, "booked for 27 January"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Neurology — frequent migraine", Eur(52))
                {
                    Fields = Values(("patient_referral_source", "gp"), ("hospital_department", "neurology"), ("e_referral_number", "2026000921"),
                        ("referral_reason", "Migraine without aura, 8-10 attacks a month; triptans help less; asks about prophylaxis"),
                        ("episode_payer", "public_insurance")),
                    Path =
                    [
                        To("triage", ("triage_category", "soon")),
                        To("appointment_booked", ("hospital_appointment_date", new DateOnly(2026, 1, 27)), ("hospital_appointment_time", "10:30"),
                            ("attending_practitioner", "Dr Kristiina Laane, neurologist"), ("clinic_location", "Outpatient clinic, building B, 2nd floor, room 214")),
                    ],
                    ClosesInDays = 12,
                },
            ],
            Documents = [HospitalTemplates.AppointmentLetter.Key],
            // A request, so the kernel's standard SLA applies rather than the complaints policy.
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Low, "Asks for a copy of her MRI report for the neurologist", OpenedHoursAgo: 5)
                {
                    Channel = HospitalChannels.PatientPortal.Key,
                    Response = "The report is in your patient portal under Documents; we also sent it to Dr Laane.",
                },
            ],
        };

        // A telemedicine follow-up for atrial fibrillation (its summary is rendered) and an executive check-up he paid for.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Marko Lepik",
            Lifecycle = LifecycleStage.Customer,
            Owner = AppointmentsDesk,
            Contacts = [Email("marko.lepik@nordicsoft.ee"), Mobile("+372 5255 7788"), Home("Pirita tee 26-5, 12011 Tallinn, Estonia")],
            Fields = Values(
                ("mrn", "00590334"), ("patient_personal_code", "37903220317"), ("patient_birth_date", new DateOnly(1979, 3, 22)),
                ("patient_gender", "male"), ("patient_language", "et"), ("patient_contact_preference", "patient_portal"),
                ("patient_coverage", "public_insurance"), ("patient_gp", "Dr Liina Vaher, Pirita Family Health Centre"),
                ("patient_allergies", "No known allergies"), ("patient_portal_enrolled", true), ("patient_newsletter_consent", true)),
        })
        {
            Interactions =
            [
                Portal("Booked an executive health check for himself", 60),
                Feedback("Friends and Family Test after the executive health check", 38, "internal_medicine", "good"),
                EReferral("E-referral: palpitations, persistent atrial fibrillation on the check-up ECG", 30, "cardiology"),
                Video("Video consultation: rate control working, anticoagulation started", 3, "cardiology", "review in 12 weeks"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Cardiology video follow-up — atrial fibrillation", Eur(38))
                {
                    Fields = Values(("patient_referral_source", "specialist"), ("hospital_department", "cardiology"), ("e_referral_number", "2025121408"),
                        ("episode_payer", "public_insurance"), ("patient_follow_up_weeks", 12),
                        ("discharge_medication", "Bisoprolol 5 mg once a day; Apixaban 5 mg twice a day")),
                    Path =
                    [
                        To("triage", ("triage_category", "soon")),
                        To("appointment_booked", ("hospital_appointment_date", new DateOnly(2026, 1, 12)), ("hospital_appointment_time", "14:00"),
                            ("attending_practitioner", "Dr Mihkel Sepp, cardiologist")),
                        To(HospitalFunnels.Treated, ("encounter_class", "virtual"), ("encounter_diagnosis", "I48.1")),
                    ],
                },
                new DemoDeal(HospitalFunnels.HealthCheckupKey, "Executive health check", Eur(420))
                {
                    Fields = Values(("checkup_package", "executive")),
                    Path =
                    [
                        To("quoted", ("checkup_headcount", 1), ("checkup_price_per_person", Eur(420))),
                        To("booked", ("checkup_date", new DateOnly(2025, 12, 4))),
                        To("completed"),
                    ],
                },
            ],
            Documents = [HospitalTemplates.DischargeSummary.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Cardiology nurse check-in: pulse, bleeding, missed anticoagulant doses")
                {
                    DueInDays = 14, Duration = TimeSpan.FromMinutes(15), Repeat = new Recurrence(RepeatFrequency.Monthly) { Count = 3 },
                },
            ],
        };

        // A self-referral through the portal, not yet triaged; she also asked about a women's health check.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Helena Rebane",
            Owner = AppointmentsDesk,
            Contacts = [Email("helena.rebane@gmail.com"), Mobile("+372 5601 2294")],
            Fields = Values(
                ("patient_birth_date", new DateOnly(1992, 10, 30)), ("patient_gender", "female"), ("patient_language", "en"),
                ("patient_contact_preference", "email"), ("patient_coverage", "self_pay"), ("patient_portal_enrolled", true),
                ("patient_newsletter_consent", true)),
        })
        {
            Interactions =
            [
                Portal("Asked for a dermatologist to check a changing mole", 1),
                Portal("Asked what the women's health check includes", 1),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Dermatology — mole check (self-pay)", Eur(85))
                {
                    Fields = Values(("patient_referral_source", "self_referral"), ("hospital_department", "dermatology"), ("episode_payer", "self_pay"),
                        ("referral_reason", "Mole on the back that has grown and darkened over 3 months")),
                    ClosesInDays = 10,
                },
                new DemoDeal(HospitalFunnels.HealthCheckupKey, "Women's health check", Eur(260))
                {
                    Fields = Values(("checkup_package", "womens_health")),
                    ClosesInDays = 30,
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Triage the dermatology self-referral and offer a slot within 10 working days") { DueInDays = 1 },
            ],
        };

        // Missed a urology appointment, and a check-up before that.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Toomas Kallas",
            Owner = AppointmentsDesk,
            Contacts = [Mobile("+372 5811 4460"), Home("Rüütli 15, 80010 Pärnu, Estonia")],
            Fields = Values(
                ("mrn", "00377561"), ("patient_birth_date", new DateOnly(1967, 12, 1)), ("patient_gender", "male"),
                ("patient_contact_preference", "phone"), ("patient_coverage", "public_insurance"), ("patient_gp", "Dr Rita Aavik, Pärnu Family Practice")),
        })
        {
            Interactions =
            [
                EReferral("E-referral: raised PSA 6.2 ng/ml", 40, "urology"),
                CallOut("Reminder call the day before the appointment", 3, "no answer"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Urology — raised PSA", Eur(55))
                {
                    Fields = Values(("patient_referral_source", "gp"), ("hospital_department", "urology"), ("e_referral_number", "2025110277"),
                        ("episode_payer", "public_insurance")),
                    Path =
                    [
                        To("triage", ("triage_category", "urgent")),
                        To("appointment_booked", ("hospital_appointment_date", new DateOnly(2026, 1, 13)), ("hospital_appointment_time", "08:45"),
                            ("attending_practitioner", "Dr Oleg Smirnov, urologist"), ("clinic_location", "Outpatient clinic, building B, 1st floor, room 118")),
                        Lost(HospitalFunnels.DidNotAttend, "Did not attend on 13 January and could not be reached by phone"),
                    ],
                },
                new DemoDeal(HospitalFunnels.HealthCheckupKey, "Basic health check", Eur(95))
                {
                    Fields = Values(("checkup_package", "basic")),
                    Path =
                    [
                        To("quoted", ("checkup_headcount", 1), ("checkup_price_per_person", Eur(95))),
                        To("booked", ("checkup_date", new DateOnly(2025, 11, 20))),
                        Lost(HospitalFunnels.DidNotAttend, "Did not come on 20 November and did not rebook"),
                    ],
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Reach the patient about the missed urology appointment (raised PSA) and rebook") { DueInDays = -2 },
            ],
        };

        // A child's ENT referral passed on to the children's hospital.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Sofia Petrova",
            Owner = AppointmentsDesk,
            Contacts = [Mobile("+372 5533 2107"), Home("Sõpruse pst 200-45, 13424 Tallinn, Estonia")],
            Fields = Values(
                ("mrn", "00720488"), ("patient_birth_date", new DateOnly(2017, 5, 3)), ("patient_gender", "female"),
                ("patient_language", "ru"), ("patient_contact_preference", "sms"), ("patient_coverage", "public_insurance"),
                ("patient_emergency_contact", "Olga Petrova (mother)"), ("patient_emergency_phone", "+372 5533 2107"),
                ("patient_gp", "Dr Svetlana Kuznetsova, Lasnamäe Health Centre")),
        })
        {
            Interactions =
            [
                EReferral("E-referral: recurrent tonsillitis, 7 episodes this year", 25, "ent"),
                CallOut("Told the mother the referral goes to the children's hospital", 18, "agreed"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.CarePathwayKey, "ENT — recurrent tonsillitis (child)", Eur(48))
                {
                    Fields = Values(("patient_referral_source", "gp"), ("hospital_department", "ent"), ("e_referral_number", "2025119003")),
                    Path =
                    [
                        To("triage", ("triage_category", "routine")),
                        Lost("referred_elsewhere", "Paediatric tonsil surgery is done at Tallinn Children's Hospital; referral forwarded there"),
                    ],
                },
            ],
        };

        // Brought in by ambulance with chest pain and treated; his hernia operation was cancelled as a result.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Peeter Org",
            Lifecycle = LifecycleStage.Customer,
            Owner = AppointmentsDesk,
            Contacts = [Mobile("+372 5077 3318"), Home("Mustamäe tee 50-7, 10621 Tallinn, Estonia")],
            Fields = Values(
                ("mrn", "00154420"), ("patient_personal_code", "35502080251"), ("patient_birth_date", new DateOnly(1955, 2, 8)),
                ("patient_gender", "male"), ("patient_language", "et"), ("patient_contact_preference", "phone"),
                ("patient_coverage", "public_insurance"), ("patient_emergency_contact", "Malle Org (wife)"), ("patient_emergency_phone", "+372 5077 3319"),
                ("patient_gp", "Dr Anu Teder, Mustamäe Health Centre"), ("patient_allergies", "Aspirin (bronchospasm); iodinated contrast (hives)")),
        })
        {
            Interactions =
            [
                Ambulance("Ambulance handover: chest pain at rest for 40 minutes", 13, "admitted to the emergency department"),
                Feedback("Complaint: waited 3 hours in the emergency department corridor", 9, "emergency", "poor", complaint: true),
                CallOut("Patient relations called about the complaint and apologised", 6, "written answer sent"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Emergency — chest pain", Eur(310))
                {
                    Fields = Values(("patient_referral_source", "ambulance"), ("hospital_department", "cardiology"), ("episode_payer", "public_insurance"),
                        ("patient_follow_up_weeks", 4)),
                    Path =
                    [
                        To("triage", ("triage_category", "emergency")),
                        To("appointment_booked", ("hospital_appointment_date", new DateOnly(2026, 1, 2)), ("hospital_appointment_time", "21:40"),
                            ("attending_practitioner", "Dr Mihkel Sepp, cardiologist")),
                        To(HospitalFunnels.Treated, ("encounter_class", "emergency"), ("encounter_diagnosis", "I20.8")),
                    ],
                },
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Inguinal hernia repair, left", Eur(1_600))
                {
                    Fields = Values(("hospital_department", "general_surgery"), ("planned_procedure", "Open inguinal hernia repair with mesh, left"),
                        ("patient_referral_source", "gp")),
                    Path =
                    [
                        To("pre_assessment"),
                        To("listed_for_surgery", ("asa_grade", 3), ("operating_surgeon", "Dr Juhan Lill, general surgeon"),
                            ("surgery_date", new DateOnly(2026, 1, 19)), ("episode_payer", "public_insurance")),
                        Lost("clinically_unfit", "Cancelled after the emergency admission with unstable angina; to be reassessed by cardiology in 3 months"),
                    ],
                },
            ],
            // The corridor complaint from his feedback: answered by patient relations and resolved; he rated the handling 3 of 5.
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.Normal, "Waited 3 hours on a trolley in the emergency department corridor", OpenedHoursAgo: 9 * 24)
                {
                    Channel = HospitalChannels.PatientPortal.Key,
                    Response = "Patient relations called to apologise; the emergency department is reviewing the triage and corridor waits of that night.",
                    ResolvedWithCsat = 3,
                },
            ],
        };
    }
}
