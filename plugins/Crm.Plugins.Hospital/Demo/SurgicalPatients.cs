using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using static Crm.Plugins.Hospital.Demo.DemoKit;

namespace Crm.Plugins.Hospital.Demo;

/// <summary>Patients on the elective surgery pathway, from the first consultation to discharge.</summary>
internal static class SurgicalPatients
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A knee replacement done and discharged (the discharge summary is rendered for it).
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Anneli Saar",
            Lifecycle = LifecycleStage.Customer,
            Owner = SurgicalCoordinator,
            Contacts = [Email("anneli.saar@gmail.com"), Mobile("+372 5012 7734"), Home("Randvere tee 41, 74001 Viimsi, Harju County, Estonia")],
            Fields = Values(
                ("mrn", "00412783"), ("patient_personal_code", "45804120318"), ("patient_birth_date", new DateOnly(1958, 4, 12)),
                ("patient_gender", "female"), ("patient_language", "et"), ("patient_contact_preference", "sms"),
                ("patient_coverage", "public_insurance"), ("patient_insurer", "Health Insurance Fund (Tervisekassa)"),
                ("patient_emergency_contact", "Kalle Saar (husband)"), ("patient_emergency_phone", "+372 5341 2290"),
                ("patient_gp", "Dr Merike Oja, Viimsi Family Health Centre"), ("patient_allergies", "Penicillin (rash)"),
                ("patient_portal_enrolled", true)),
        })
        {
            Interactions =
            [
                EReferral("E-referral from the GP: right knee osteoarthritis, pain at rest, conservative treatment failed", 160, "orthopaedics"),
                Reception("Surgical consultation; agreed to a total knee replacement", 120, "orthopaedics", "listed after pre-assessment"),
                Reception("Pre-operative assessment: ECG, bloods, anaesthetist review", 45, "orthopaedics", "fit for surgery, ASA 2"),
                NurseLine("Asked whether to stop her blood pressure tablets before surgery", 12, "continue as usual"),
                Feedback("Friends and Family Test after the stay on the orthopaedic ward", 5, "orthopaedics", "very_good"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Total knee replacement, right", Eur(7_800))
                {
                    Fields = Values(("hospital_department", "orthopaedics"), ("planned_procedure", "Total knee replacement, right knee"),
                        ("patient_referral_source", "gp"), ("e_referral_number", "2025118834"), ("hospital_tariff_code", "7915K")),
                    Path =
                    [
                        To("pre_assessment"),
                        To("listed_for_surgery", ("asa_grade", 2), ("operating_surgeon", "Dr Andres Kuusk, orthopaedic surgeon"),
                            ("surgery_date", new DateOnly(2026, 1, 5)), ("episode_payer", "public_insurance"), ("encounter_class", "inpatient")),
                        To("admitted"),
                        To(HospitalFunnels.Discharged, ("discharge_date", new DateOnly(2026, 1, 8)), ("discharge_disposition", "home_with_support"),
                            ("encounter_diagnosis", "M17.1"), ("patient_follow_up_weeks", 6),
                            ("discharge_medication", "Paracetamol 1 g three times a day for 2 weeks; Ibuprofen 400 mg twice a day with food for 7 days; Enoxaparin 40 mg under the skin once a day for 14 days")),
                    ],
                },
            ],
            Documents = [HospitalTemplates.DischargeSummary.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Post-discharge call, day 3: pain, wound, mobility, medicines")
                {
                    DueInDays = -2, Duration = TimeSpan.FromMinutes(15), Done = true, Outcome = "pain controlled, walking with crutches; asked about the wound",
                },
            ],
            // Still unanswered at seeding, so it has breached the 2-hour first response of the complaints SLA.
            Cases =
            [
                new DemoCase(CaseType.Incident, CasePriority.High, "Redness and oozing at the knee wound; the ward phone was not answered", OpenedHoursAgo: 100)
                {
                    Channel = HospitalChannels.NurseLine.Key,
                },
            ],
        };

        // A cataract operation booked (pre-admission instructions are rendered) and a cardiology referral in triage.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Jüri Tamm",
            Lifecycle = LifecycleStage.Prospect,
            Owner = SurgicalCoordinator,
            Contacts = [Mobile("+372 5566 1020"), Home("Lille 4-12, 50105 Tartu, Estonia")],
            Fields = Values(
                ("mrn", "00198240"), ("patient_personal_code", "34911030215"), ("patient_birth_date", new DateOnly(1949, 11, 3)),
                ("patient_gender", "male"), ("patient_language", "et"), ("patient_contact_preference", "letter"),
                ("patient_coverage", "public_insurance"), ("patient_emergency_contact", "Kai Tamm (daughter)"),
                ("patient_emergency_phone", "+372 5198 4410"), ("patient_gp", "Dr Peeter Kask, Tartu Family Doctors' Centre"),
                ("patient_allergies", "No known allergies"), ("patient_portal_enrolled", false)),
        })
        {
            Interactions =
            [
                EReferral("E-referral: cataract, left eye, visual acuity 0.3", 90, "ophthalmology"),
                Reception("Eye clinic consultation and biometry", 40, "ophthalmology", "listed for day surgery"),
                CallOut("Offered a date from the waiting list: 9 February", 2, "accepted"),
                EReferral("E-referral from the GP: chest tightness on exertion", 3, "cardiology"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Cataract surgery, left eye", Eur(750))
                {
                    Fields = Values(("hospital_department", "ophthalmology"), ("planned_procedure", "Phacoemulsification with lens implant, left eye"),
                        ("patient_referral_source", "gp"), ("e_referral_number", "2025097712")),
                    Path =
                    [
                        To("pre_assessment"),
                        To("listed_for_surgery", ("asa_grade", 2), ("operating_surgeon", "Dr Tiina Raud, ophthalmologist"),
                            ("surgery_date", new DateOnly(2026, 2, 9)), ("episode_payer", "public_insurance"), ("encounter_class", "day_case"),
                            ("hospital_appointment_time", "07:30"), ("clinic_location", "Eye Clinic day surgery unit, building C, 1st floor")),
                    ],
                    ClosesInDays = 25,
                },
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Cardiology referral — exertional chest tightness", Eur(68))
                {
                    Fields = Values(("patient_referral_source", "gp"), ("hospital_department", "cardiology"), ("e_referral_number", "2026001457"),
                        ("referral_reason", "Chest tightness on climbing stairs for 2 months; resting ECG normal")),
                    Path = [To("triage", ("triage_category", "urgent"))],
                    ClosesInDays = 14,
                },
            ],
            Documents = [HospitalTemplates.PreAdmissionInstructions.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Pre-operative phone check before the cataract operation") { DueInDays = 2, Duration = TimeSpan.FromMinutes(10) },
            ],
        };

        // A hip replacement under private insurance: operated on yesterday, still on the ward.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Liisa Mägi",
            Lifecycle = LifecycleStage.Prospect,
            Owner = SurgicalCoordinator,
            Contacts = [Email("liisa.magi@hot.ee"), Mobile("+372 5820 3301"), Home("Kadaka tee 88-21, 12915 Tallinn, Estonia")],
            Fields = Values(
                ("mrn", "00533102"), ("patient_birth_date", new DateOnly(1971, 9, 28)), ("patient_gender", "female"),
                ("patient_contact_preference", "email"), ("patient_coverage", "private_insurance"), ("patient_insurer", "ERGO Insurance SE"),
                ("patient_insurance_number", "ERG-77410295"), ("patient_gp", "Dr Anu Teder, Mustamäe Health Centre"), ("patient_portal_enrolled", true)),
        })
        {
            Interactions =
            [
                Portal("Booked a private orthopaedic consultation", 70),
                Reception("Consultation: left hip osteoarthritis, offered a total hip replacement", 62, "orthopaedics", "accepted"),
                EmailIn("ERGO sent the pre-authorisation for the hip replacement", 30),
                Reception("Admitted to the orthopaedic ward", 1, "orthopaedics"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Total hip replacement, left (private)", Eur(9_500))
                {
                    Fields = Values(("hospital_department", "orthopaedics"), ("planned_procedure", "Total hip replacement, left hip, cementless"),
                        ("patient_referral_source", "self_referral"), ("insurer_preauthorisation", "ERGO-2026104")),
                    Path =
                    [
                        To("pre_assessment"),
                        To("listed_for_surgery", ("asa_grade", 1), ("operating_surgeon", "Dr Andres Kuusk, orthopaedic surgeon"),
                            ("surgery_date", new DateOnly(2026, 1, 14)), ("episode_payer", "private_insurance"), ("encounter_class", "inpatient")),
                        To("admitted"),
                    ],
                    ClosesInDays = 3,
                },
            ],
        };

        // A self-pay hernia repair at the pre-operative assessment; an earlier referral he let go.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Andres Pärn",
            Lifecycle = LifecycleStage.Prospect,
            Owner = SurgicalCoordinator,
            Contacts = [Email("andres.parn@outlook.com"), Mobile("+372 5377 9012")],
            Fields = Values(
                ("mrn", "00611945"), ("patient_birth_date", new DateOnly(1983, 2, 17)), ("patient_gender", "male"),
                ("patient_contact_preference", "patient_portal"), ("patient_coverage", "self_pay"), ("patient_portal_enrolled", true),
                ("patient_newsletter_consent", false)),
        })
        {
            Interactions =
            [
                Portal("Booked a paid surgical consultation to avoid the waiting list", 30),
                Reception("Consultation: right inguinal hernia, laparoscopic repair offered at 1,950 EUR", 21, "general_surgery", "wants to proceed"),
                Portal("Filled in the pre-operative health questionnaire", 4),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Laparoscopic inguinal hernia repair (self-pay)", Eur(1_950))
                {
                    Fields = Values(("hospital_department", "general_surgery"), ("planned_procedure", "Laparoscopic inguinal hernia repair (TEP), right"),
                        ("patient_referral_source", "self_referral"), ("episode_payer", "self_pay")),
                    Path = [To("pre_assessment")],
                    ClosesInDays = 30,
                },
                new DemoDeal(HospitalFunnels.CarePathwayKey, "Internal medicine referral — recurrent heartburn", Eur(45))
                {
                    Fields = Values(("patient_referral_source", "gp"), ("hospital_department", "internal_medicine"), ("e_referral_number", "2025087641")),
                    Path = [To("triage", ("triage_category", "routine")), Lost("declined", "Symptoms resolved on medication; the patient no longer wishes to be seen")],
                },
            ],
            // The self-pay price given at the consultation, sent as a quote.
            Quotes = [new DemoQuote(HospitalFunnels.ElectiveSurgeryKey, [new DemoQuoteLine(HospitalCatalogue.LaparoscopicHerniaRepair.Key)]) { Send = true }],
        };

        // A gallbladder operation just discussed at the first consultation.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Kadri Sild",
            Owner = SurgicalCoordinator,
            Contacts = [Email("kadri.sild@gmail.com"), Mobile("+372 5644 0871"), Home("Jaama 12, 80010 Pärnu, Estonia")],
            Fields = Values(
                ("mrn", "00702216"), ("patient_birth_date", new DateOnly(1964, 7, 2)), ("patient_gender", "female"),
                ("patient_contact_preference", "sms"), ("patient_coverage", "public_insurance"), ("patient_gp", "Dr Rita Aavik, Pärnu Family Practice")),
        })
        {
            Interactions =
            [
                EReferral("E-referral: gallstones on ultrasound, recurrent biliary colic", 20, "general_surgery"),
                Reception("Surgical consultation: laparoscopic cholecystectomy discussed", 1, "general_surgery", "pre-assessment to be booked"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Laparoscopic cholecystectomy", Eur(3_200))
                {
                    Fields = Values(("hospital_department", "general_surgery"), ("planned_procedure", "Laparoscopic cholecystectomy"),
                        ("patient_referral_source", "gp"), ("e_referral_number", "2025123390"), ("encounter_diagnosis", "K80.2")),
                    ClosesInDays = 75,
                },
            ],
        };

        // Decided against a knee arthroscopy at the pre-assessment.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Rein Laur",
            Owner = SurgicalCoordinator,
            Contacts = [Mobile("+372 5123 4455"), Email("rein.laur@elion.ee")],
            Fields = Values(
                ("mrn", "00480519"), ("patient_birth_date", new DateOnly(1975, 5, 9)), ("patient_gender", "male"),
                ("patient_contact_preference", "phone"), ("patient_coverage", "public_insurance")),
        })
        {
            Interactions =
            [
                Reception("Consultation: degenerative meniscus tear, arthroscopy discussed", 50, "orthopaedics"),
                CallOut("Called back after the pre-assessment", 15, "prefers physiotherapy first"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.ElectiveSurgeryKey, "Knee arthroscopy, left", Eur(1_400))
                {
                    Fields = Values(("hospital_department", "orthopaedics"), ("planned_procedure", "Arthroscopic partial meniscectomy, left knee")),
                    Path = [To("pre_assessment"), Lost("patient_declined", "Chose a 12-week physiotherapy programme instead of surgery")],
                },
            ],
        };
    }
}
