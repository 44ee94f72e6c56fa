using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using static Crm.Plugins.Pharmacy.Demo.DemoKit;

namespace Crm.Plugins.Pharmacy.Demo;

/// <summary>Working-age patients on employer plans, Medicaid or paying cash.</summary>
internal static class CommercialPatients
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A pregnant asthma patient: her inhaler is in the will-call bin (the label is rendered), Tdap is booked.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Aisha Rahman",
            Lifecycle = LifecycleStage.Customer,
            Owner = "rachel.kim",
            Contacts = [Mobile("+1 614 555 0155"), Email("aisha.rahman@osu.edu"), Address("2475 Bryden Rd, Bexley, OH 43209")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1990, 6, 11)), ("rx_allergies", new[] { "nkda" }), ("rx_conditions", new[] { "asthma", "pregnancy" }),
                ("rx_plan_type", "commercial"), ("rx_plan_name", "Cigna Open Access Plus (Express Scripts)"), ("rx_bin", "610014"), ("rx_member_id", "U5527193401"),
                ("rx_adherence_pdc", 85), ("rx_contact_preference", "app"), ("rx_sms_opt_in", true), ("rx_home_store", "0415")),
        })
        {
            Interactions =
            [
                DriveThrough("0415", "Flu shot at the drive-through clinic", 95, "given, right arm"),
                App("Booked a Tdap vaccine for week 28 of her pregnancy", 5, "booked for January 22"),
                ERx("Albuterol inhaler from Dr. Vasquez", 1),
                App("Ready-for-pick-up notice sent for albuterol", 0),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Albuterol HFA inhaler", Usd(58.90m))
                {
                    Fields = Values(Script("6051207", "Albuterol HFA", "90 mcg/actuation", "inhaler", 18, 25, 2, Vasquez,
                        "Inhale 2 puffs by mouth every 4 to 6 hours as needed for wheezing or shortness of breath.", "For asthma",
                        "00173-0682-20", "R03AC02", new DateOnly(2026, 1, 13))),
                    Path = [To("claim_adjudication"), Verified("paid", 10.00m, Kim), ReadyForPickup(new DateOnly(2026, 1, 14))],
                    ClosesInDays = 10,
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Tdap vaccine in pregnancy", Usd(65))
                {
                    Fields = Values(("rx_vaccine", "tdap")),
                    Path = [To("booked")],
                    ClosesInDays = 7,
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Flu vaccine 2025-26", Usd(40))
                {
                    Fields = Values(("rx_vaccine", "influenza")),
                    Path =
                    [
                        To("screened", ("rx_screening_result", "no_contraindications")),
                        To("administered", ("rx_vaccine_lot", "UT8421CA"), ("rx_administered_on", new DateOnly(2025, 10, 12)), ("rx_pharmacist", Kim),
                            ("rx_dose_number", 1), ("rx_injection_site", "right_deltoid")),
                    ],
                },
            ],
            Documents = [PharmacyTemplates.PrescriptionLabel.Key],
        };

        // A GLP-1 waiting for prior authorization, an antidepressant refill ordered, blood pressure moved to mail order.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Robert Chen",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.okafor",
            Contacts = [Mobile("+1 614 555 0107"), Email("rchen@chenarchitects.com"), Address("1870 Guilford Rd, Upper Arlington, OH 43221")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1967, 12, 1)), ("rx_allergies", new[] { "nkda" }),
                ("rx_conditions", new[] { "type_2_diabetes", "hypertension", "depression" }),
                ("rx_plan_type", "commercial"), ("rx_plan_name", "UnitedHealthcare Choice Plus (OptumRx)"), ("rx_bin", "610097"), ("rx_member_id", "UHC908113472"),
                ("rx_adherence_pdc", 83), ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0412")),
        })
        {
            Interactions =
            [
                ERx("Ozempic from Jessica Park, CNP", 4),
                Call("Told him the plan needs a prior authorization for Ozempic", 3, "he will call the clinic too", InteractionDirection.Outbound),
                ReminderText("Sertraline due for a refill", 6, "replied REFILL"),
                App("Transferred amlodipine to OptumRx home delivery", 20),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Check the Ozempic prior authorization with OptumRx and the clinic") { DueInDays = 1 },
            ],
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.High, "Ozempic prior authorization still pending; three days of pens left", OpenedHoursAgo: 6)
                {
                    Channel = PharmacyChannels.PharmacyApp.Key,
                    Response = "Jessica Park's office submitted the prior authorization through CoverMyMeds this morning; we will text you when OptumRx approves it.",
                },
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Semaglutide (Ozempic) pen — 28 days", Usd(1024.87m))
                {
                    Fields = Values(Script("6050913", "Semaglutide (Ozempic)", "2 mg/3 mL", "injection_pen", 3, 28, 2, Park,
                        "Inject 0.25 mg under the skin once weekly for 4 weeks, then 0.5 mg once weekly.", "For diabetes",
                        "00169-4132-12", "A10BJ06", new DateOnly(2026, 1, 9))),
                    Path = [To("claim_adjudication"), To(PharmacyFunnels.PriorAuthorization, ("rx_claim_status", "pa_required"))],
                    ClosesInDays = 5,
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Sertraline 100 mg", Usd(14.20m))
                {
                    Fields = With(Script("6040075", "Sertraline", "100 mg", "tablet", 30, 30, 4, Park,
                            "Take 1 tablet by mouth once daily.", "For mood", "16729-0213-01", "N06AB06", new DateOnly(2025, 8, 14)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 14))),
                    Path = [To("reminder_sent"), To("refill_requested")],
                    ClosesInDays = 1,
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Amlodipine 10 mg", Usd(7.50m))
                {
                    Fields = With(Script("6033318", "Amlodipine", "10 mg", "tablet", 30, 30, 6, Park,
                            "Take 1 tablet by mouth once daily.", "For blood pressure", "00093-7167-98", "C08CA01", new DateOnly(2025, 7, 1)),
                        ("rx_next_refill_due", new DateOnly(2025, 12, 30))),
                    Path = [Lost("transferred_out", "Transferred to OptumRx home delivery: his plan pays 90-day supplies by mail only for maintenance drugs.")],
                },
            ],
        };

        // An antibiotic picked up after wisdom teeth; a C-II prescription with an altered quantity refused; COVID booster given.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Tyler Brooks",
            Lifecycle = LifecycleStage.Customer,
            Owner = "rachel.kim",
            Contacts = [Mobile("+1 614 555 0184"), Email("tyler.brooks01@yahoo.com"), Address("640 N Cassady Ave, Bexley, OH 43209")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(2001, 8, 30)), ("rx_allergies", new[] { "nkda" }),
                ("rx_plan_type", "commercial"), ("rx_plan_name", "Aetna Choice POS II (CVS Caremark)"), ("rx_bin", "004336"), ("rx_member_id", "W298114750"),
                ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0415")),
        })
        {
            Interactions =
            [
                Counter("0415", "Walk-in COVID-19 vaccine", 70, "given"),
                Counter("0415", "Dropped off two paper prescriptions from the oral surgeon", 9),
                PrescriberCall("Called Dr. Adeyemi's office to verify the oxycodone quantity", 9, "written for 12 tablets; the 42 was altered"),
                Counter("0415", "Picked up amoxicillin; told him the pain prescription cannot be filled", 8, "counseled on finishing the antibiotic", "provided"),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Amoxicillin 500 mg — 10 days", Usd(12.99m))
                {
                    Fields = Values(Script("6049336", "Amoxicillin", "500 mg", "capsule", 30, 10, 0, Adeyemi,
                        "Take 1 capsule by mouth three times daily until all are taken.", "For infection after tooth extraction",
                        "65862-0017-30", "J01CA04", new DateOnly(2026, 1, 6), origin: "paper")),
                    Path = [To("claim_adjudication"), Verified("paid", 5.00m, Kim), ReadyForPickup(new DateOnly(2026, 1, 6)), To(PharmacyFunnels.Dispensed)],
                },
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Oxycodone/acetaminophen 5-325 mg", Usd(19.25m))
                {
                    Fields = Values(Script("6049337", "Oxycodone/acetaminophen", "5-325 mg", "tablet", 42, 7, 0, Adeyemi,
                        "Take 1 tablet by mouth every 6 hours as needed for severe pain.", "For pain after tooth extraction",
                        "00406-0512-01", "N02AJ17", new DateOnly(2026, 1, 6), origin: "paper", schedule: "c2")),
                    Path = [Lost("rejected", "Forged quantity: the prescriber's office confirmed 12 tablets were written, not 42. Prescription not filled; the prescriber will send a new e-prescription if still needed.")],
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "COVID-19 vaccine 2025-26", Usd(165))
                {
                    Fields = Values(("rx_vaccine", "covid_19")),
                    Path =
                    [
                        To("screened", ("rx_screening_result", "no_contraindications")),
                        To("administered", ("rx_vaccine_lot", "LK7720"), ("rx_administered_on", new DateOnly(2025, 11, 6)), ("rx_pharmacist", Kim),
                            ("rx_dose_number", 1), ("rx_injection_site", "left_deltoid")),
                    ],
                },
            ],
        };

        // Type 1 diabetes on Medicaid: a new insulin claim in process, the rapid-acting refills lapsed, a new-medicine check-in.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Grace Okonkwo",
            Lifecycle = LifecycleStage.Customer,
            Owner = "marcus.bell",
            Contacts = [Mobile("+1 614 555 0169"), Address("25 Pebble Creek Dr, Westerville, OH 43081")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1979, 3, 5)), ("rx_allergies", new[] { "latex" }), ("rx_conditions", new[] { "type_1_diabetes" }),
                ("rx_plan_type", "medicaid"), ("rx_plan_name", "Ohio Medicaid (Gainwell single PBM)"), ("rx_bin", "019595"), ("rx_member_id", "OH9053317724"),
                ("rx_adherence_pdc", 58), ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0421")),
        })
        {
            Interactions =
            [
                ReminderText("Insulin lispro due for a refill", 50),
                ReminderText("Insulin lispro: second reminder", 40),
                Call("Says she uses samples from the endocrinology clinic; cannot afford the bus to the store", 30, "offered free delivery", InteractionDirection.Outbound),
                ERx("Insulin glargine pens from Dr. Holt", 0),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Call about the lapsed insulin lispro refill; offer free home delivery") { DueInDays = -3, Duration = TimeSpan.FromMinutes(10) },
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Insulin glargine pens — 30 days", Usd(280.50m))
                {
                    Fields = Values(Script("6052301", "Insulin glargine-yfgn", "100 units/mL", "injection_pen", 15, 30, 5, Holt,
                        "Inject 24 units under the skin once daily at bedtime.", "For diabetes", "83257-0015-31", "A10AE04", new DateOnly(2026, 1, 15))),
                    Path = [To("claim_adjudication")],
                    ClosesInDays = 1,
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Insulin lispro 100 units/mL", Usd(182.40m))
                {
                    Fields = With(Script("6036612", "Insulin lispro", "100 units/mL", "injection_pen", 15, 30, 3, Holt,
                            "Inject up to 10 units under the skin with meals as directed by your sliding scale.", "For diabetes",
                            "00002-8222-05", "A10AB04", new DateOnly(2025, 6, 20)),
                        ("rx_next_refill_due", new DateOnly(2025, 11, 24))),
                    Path =
                    [
                        To("reminder_sent"),
                        Lost("lapsed", "Not refilled 45 days after the due date despite two reminders: using clinic samples. Free delivery offered; pharmacist to follow up."),
                    ],
                },
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "New medicine check-in — insulin glargine", Usd(30))
                {
                    Fields = Values(("rx_review_type", "new_medicine")),
                    ClosesInDays = 14,
                },
            ],
        };

        // No insurance: escitalopram at the discount-card cash price; a flu vaccine she must not have.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Mei Lin Zhao",
            Lifecycle = LifecycleStage.Customer,
            Owner = "rachel.kim",
            Contacts = [Mobile("+1 614 555 0122"), Email("meilin.zhao@outlook.com"), Address("411 S Drexel Ave, Bexley, OH 43209")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1985, 1, 27)), ("rx_allergies", new[] { "egg_protein" }), ("rx_conditions", new[] { "anxiety" }),
                ("rx_plan_type", "cash"), ("rx_contact_preference", "email"), ("rx_sms_opt_in", false), ("rx_home_store", "0415")),
        })
        {
            Interactions =
            [
                Counter("0415", "New prescription; no insurance since changing jobs, asked for the cheapest price", 16, "discount card price $14.50", "provided"),
                Counter("0415", "Wanted a flu shot; screening: anaphylaxis after a flu vaccine in 2019", 15, "not given; referred to her allergist"),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Escitalopram 10 mg — 30 days (cash)", Usd(14.50m))
                {
                    Fields = Values(Script("6049101", "Escitalopram", "10 mg", "tablet", 30, 30, 5, Vasquez,
                        "Take 1 tablet by mouth once daily.", "For anxiety", "00093-5851-01", "N06AB10", new DateOnly(2025, 12, 29))),
                    Path = [Verified("cash", 14.50m, Kim), ReadyForPickup(new DateOnly(2025, 12, 30)), To(PharmacyFunnels.Dispensed)],
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Flu vaccine 2025-26", Usd(40))
                {
                    Fields = Values(("rx_vaccine", "influenza")),
                    Path =
                    [
                        To("screened", ("rx_screening_result", "contraindicated")),
                        Lost("contraindicated", "Severe allergic reaction (anaphylaxis) to a previous flu vaccine: a contraindication. Referred to her allergist."),
                    ],
                },
            ],
        };

        // A new statin just arrived by e-prescription; his reflux refills run smoothly; wants the shingles vaccine.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Daniel Murphy",
            Lifecycle = LifecycleStage.Customer,
            Owner = "marcus.bell",
            Contacts = [Mobile("+1 614 555 0140"), Email("dan.murphy@westervillecity.org"), Address("512 Sunbury Meadows Dr, Westerville, OH 43081")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1972, 7, 19)), ("rx_allergies", new[] { "nkda" }), ("rx_conditions", new[] { "hyperlipidemia" }),
                ("rx_plan_type", "commercial"), ("rx_plan_name", "Medical Mutual SuperMed Plus (Express Scripts)"), ("rx_bin", "610014"), ("rx_member_id", "MMO44120985"),
                ("rx_adherence_pdc", 95), ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0421")),
        })
        {
            Interactions =
            [
                Ivr("Refill of omeprazole ordered on the automated line", 12),
                DriveThrough("0421", "Picked up omeprazole; asked about the shingles vaccine", 10, "vaccine requested"),
                ERx("Rosuvastatin from Dr. Natarajan", 0),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Rosuvastatin 10 mg — 90 days", Usd(15.60m))
                {
                    Fields = Values(Script("6052310", "Rosuvastatin", "10 mg", "tablet", 90, 90, 3, Natarajan,
                        "Take 1 tablet by mouth once daily.", "For cholesterol", "00591-3825-19", "C10AA07", new DateOnly(2026, 1, 14))),
                    ClosesInDays = 1,
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Omeprazole 20 mg", Usd(11.30m))
                {
                    Fields = With(Script("6037790", "Omeprazole", "20 mg", "capsule", 90, 90, 1, Natarajan,
                            "Take 1 capsule by mouth once daily 30 minutes before breakfast.", "For acid reflux", "62175-0136-46", "A02BC01",
                            new DateOnly(2025, 4, 8)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 6))),
                    Path =
                    [
                        To("reminder_sent"), To("refill_requested"),
                        To(PharmacyFunnels.Refilled, ("rx_fill_date", new DateOnly(2026, 1, 4)), ("rx_copay", Usd(10)), ("rx_refills_remaining", 0)),
                    ],
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Shingles vaccine (Shingrix), dose 1", Usd(215))
                {
                    Fields = Values(("rx_vaccine", "zoster_recombinant")),
                    ClosesInDays = 14,
                },
            ],
        };

        // Blood pressure dose raised and picked up; a targeted review invited; the pneumococcal vaccine about to be given.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Patricia Nguyen",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.okafor",
            Contacts = [Mobile("+1 614 555 0193"), Email("pnguyen63@gmail.com"), Address("3388 Redding Rd, Upper Arlington, OH 43221")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1963, 5, 30)), ("rx_allergies", new[] { "ace_inhibitors" }), ("rx_conditions", new[] { "hypertension" }),
                ("rx_plan_type", "commercial"), ("rx_plan_name", "Anthem Blue Access PPO (CarelonRx)"), ("rx_bin", "020099"), ("rx_member_id", "YRP661045872"),
                ("rx_adherence_pdc", 79), ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0412")),
        })
        {
            Interactions =
            [
                ERx("Losartan 100 mg from Dr. Natarajan: dose doubled", 7),
                Counter("0412", "Picked up losartan 100 mg; blood pressure still 148/92 at home", 5, "counseled; invited to a blood pressure review", "provided"),
                Counter("0412", "Pneumococcal vaccine: screening form and VIS done, waiting to be called", 0),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Invite her to the blood pressure review")
                {
                    DueInDays = -1, Done = true, Outcome = "will come in after the pneumococcal shot; wants advice on a home monitor",
                },
            ],
            // The home monitor the pharmacist recommended, quoted with the review.
            Quotes = [new DemoQuote(PharmacyFunnels.MedicationReviewKey, [new DemoQuoteLine(PharmacyCatalogue.BloodPressureMonitor.Key)])],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Losartan 100 mg — 90 days", Usd(13.20m))
                {
                    Fields = Values(Script("6051555", "Losartan", "100 mg", "tablet", 90, 90, 3, Natarajan,
                        "Take 1 tablet by mouth once daily.", "For blood pressure", "00093-7367-98", "C09CA01", new DateOnly(2026, 1, 8))),
                    Path = [To("claim_adjudication"), Verified("paid", 10.00m, Okafor), ReadyForPickup(new DateOnly(2026, 1, 9)), To(PharmacyFunnels.Dispensed)],
                },
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Targeted review — blood pressure", Usd(25))
                {
                    Fields = Values(("rx_review_type", "targeted")),
                    Path = [To("invited")],
                    ClosesInDays = 21,
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Pneumococcal vaccine (PCV20)", Usd(290))
                {
                    Fields = Values(("rx_vaccine", "pneumococcal_pcv20")),
                    Path = [To("screened", ("rx_screening_result", "no_contraindications"))],
                    ClosesInDays = 0,
                },
            ],
        };
    }
}
