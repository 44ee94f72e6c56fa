using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using static Crm.Plugins.Pharmacy.Demo.DemoKit;

namespace Crm.Plugins.Pharmacy.Demo;

/// <summary>Patients on Medicare drug plans: several maintenance medicines, reviews and vaccines.</summary>
internal static class MedicarePatients
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A comprehensive medication review just done (its summary is rendered), her statin picked up,
        // metformin refilled, lisinopril reminded, the first shingles dose given.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Maria Gonzalez",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.okafor",
            Contacts = [Mobile("+1 614 555 0198"), Email("maria.gonzalez58@gmail.com"), Address("2291 Northwest Blvd, Columbus, OH 43221")],
            Tags = ["med_sync"],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1958, 4, 22)), ("rx_allergies", new[] { "sulfonamides" }),
                ("rx_conditions", new[] { "hypertension", "hyperlipidemia", "type_2_diabetes" }),
                ("rx_plan_type", "medicare_part_d"), ("rx_plan_name", "SilverScript Choice (PDP)"), ("rx_bin", "004336"), ("rx_member_id", "H8R4Q72K19"),
                ("rx_adherence_pdc", 91), ("rx_contact_preference", "sms"), ("rx_sms_opt_in", true), ("rx_home_store", "0412")),
        })
        {
            Interactions =
            [
                Counter("0412", "Shingles vaccine, first dose; asked about knee pain medicine", 62, "dose 1 given; offered a medication review"),
                Call("Booked her yearly medication review for January 12", 20, "booked", InteractionDirection.Outbound),
                Counter("0412", "Comprehensive medication review with Daniel Okafor, brown bag of 8 medicines", 3, "takes ibuprofen daily with lisinopril; summary given", "provided"),
                ReminderText("Lisinopril 20 mg due for a refill on January 20", 2),
                DriveThrough("0412", "Picked up atorvastatin and metformin", 1, "paid $0.00"),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Comprehensive medication review 2026", Usd(75))
                {
                    Fields = Values(("rx_review_type", "comprehensive")),
                    Path =
                    [
                        To("invited"),
                        To("scheduled", ("rx_review_date", new DateOnly(2026, 1, 12)), ("rx_pharmacist", Okafor)),
                        To("completed", ("rx_med_count", 8), ("rx_drug_problems", new[] { "drug_interaction", "adverse_reaction" }),
                            ("rx_action_plan",
                                "Stop taking ibuprofen (Advil) for your knee and take acetaminophen (Tylenol) 500 mg instead, up to 6 tablets a day; " +
                                "Take your metformin with breakfast and with dinner, to settle your stomach; " +
                                "Check your blood pressure at home twice a week and take the log to Dr. Natarajan on February 9; " +
                                "Come back for your second shingles dose between March 14 and May 14")),
                    ],
                },
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Atorvastatin 20 mg — 90 days", Usd(18.40m))
                {
                    Fields = Values(Script("6041187", "Atorvastatin", "20 mg", "tablet", 90, 90, 3, Natarajan,
                        "Take 1 tablet by mouth once daily in the evening.", "For cholesterol", "00093-5057-98", "C10AA05", new DateOnly(2026, 1, 6))),
                    Path = [To("claim_adjudication"), Verified("paid", 0, Okafor), ReadyForPickup(new DateOnly(2026, 1, 10)), To(PharmacyFunnels.Dispensed)],
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Metformin 1000 mg", Usd(12.60m))
                {
                    Fields = With(Script("6038842", "Metformin", "1000 mg", "tablet", 180, 90, 2, Natarajan,
                            "Take 1 tablet by mouth twice daily with meals.", "For diabetes", "00378-7187-01", "A10BA02", new DateOnly(2025, 4, 2)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 9))),
                    Path = [To("refill_requested"), To(PharmacyFunnels.Refilled, ("rx_fill_date", new DateOnly(2026, 1, 8)), ("rx_copay", Usd(0)), ("rx_refills_remaining", 1))],
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Lisinopril 20 mg", Usd(9.80m))
                {
                    Fields = With(Script("6038843", "Lisinopril", "20 mg", "tablet", 90, 90, 2, Natarajan,
                            "Take 1 tablet by mouth once daily.", "For blood pressure", "68180-0514-09", "C09AA03", new DateOnly(2025, 4, 2)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 20))),
                    Path = [To("reminder_sent")],
                    ClosesInDays = 5,
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Shingles vaccine (Shingrix), dose 1", Usd(215))
                {
                    Fields = Values(("rx_vaccine", "zoster_recombinant")),
                    Path =
                    [
                        To("screened", ("rx_screening_result", "no_contraindications")),
                        To("administered", ("rx_vaccine_lot", "7B9K2"), ("rx_administered_on", new DateOnly(2025, 11, 14)), ("rx_pharmacist", Okafor),
                            ("rx_dose_number", 1), ("rx_injection_site", "left_deltoid"), ("rx_next_dose_due", new DateOnly(2026, 3, 14))),
                    ],
                },
            ],
            Documents = [PharmacyTemplates.MedicationReviewSummary.Key],
        };

        // Out of refills on his anticoagulant (the reminder is rendered), a diuretic never collected while he
        // was in hospital, and a review he could not be reached for.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "James Whitfield",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.okafor",
            Contacts = [Office("+1 614 555 0131"), Address("1457 Cambridge Blvd, Columbus, OH 43212")],
            Tags = ["caregiver_daughter"],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1951, 9, 3)), ("rx_allergies", new[] { "penicillins" }),
                ("rx_conditions", new[] { "atrial_fibrillation", "heart_failure", "chronic_kidney_disease" }),
                ("rx_plan_type", "medicare_advantage"), ("rx_plan_name", "Humana Gold Plus (HMO)"), ("rx_bin", "610649"), ("rx_member_id", "H41877520"),
                ("rx_adherence_pdc", 72), ("rx_contact_preference", "phone_call"), ("rx_sms_opt_in", false), ("rx_home_store", "0412")),
        })
        {
            Interactions =
            [
                Call("Review invitation: no answer, voicemail full", 40, "no answer", InteractionDirection.Outbound),
                Call("His daughter called: he was in Riverside Methodist for five days", 12, "furosemide not needed; dose changed in hospital"),
                PrescriberCall("Faxed a renewal request for apixaban to Dr. Harlan's office", 2, "office will send an e-prescription"),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Apixaban (Eliquis) 5 mg", Usd(612.30m))
                {
                    Fields = With(Script("6029931", "Apixaban (Eliquis)", "5 mg", "tablet", 60, 30, 0, Harlan,
                            "Take 1 tablet by mouth twice daily, 12 hours apart.", "To prevent stroke (atrial fibrillation)", "00003-0894-21", "B01AF02",
                            new DateOnly(2025, 1, 20)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 18))),
                    Path = [To("renewal_requested")],
                    ClosesInDays = 3,
                },
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Furosemide 40 mg — 30 days", Usd(8.20m))
                {
                    Fields = Values(Script("6044410", "Furosemide", "40 mg", "tablet", 30, 30, 5, Harlan,
                        "Take 1 tablet by mouth every morning.", "For fluid (heart failure)", "00054-4299-25", "C03CA01", new DateOnly(2025, 12, 18))),
                    Path =
                    [
                        To("claim_adjudication"), Verified("paid", 1.25m, Okafor), ReadyForPickup(new DateOnly(2025, 12, 19)),
                        Lost("not_collected", "Not picked up within 14 days: the patient was in hospital and the dose was changed there. Returned to stock and the claim reversed."),
                    ],
                },
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Targeted medication review — anticoagulant", Usd(25))
                {
                    Fields = Values(("rx_review_type", "targeted")),
                    Path = [To("invited"), Lost("not_reachable", "Three calls and a letter in November and December without an answer; the plan's outreach window closed.")],
                },
            ],
            Documents = [PharmacyTemplates.RefillReminder.Key],
        };

        // Warfarin with easy-open caps (her label is rendered), levothyroxine coming due, a review booked;
        // her flu shot was given at the doctor's office.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Linda Kowalski",
            Lifecycle = LifecycleStage.Customer,
            Owner = "marcus.bell",
            Contacts = [Office("+1 614 555 0176"), Address("88 Hiawatha Ave, Westerville, OH 43081")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1946, 2, 17)), ("rx_allergies", new[] { "codeine", "nsaids" }),
                ("rx_conditions", new[] { "atrial_fibrillation", "hypothyroidism", "osteoporosis" }),
                ("rx_plan_type", "medicare_part_d"), ("rx_plan_name", "Wellcare Value Script (PDP)"), ("rx_bin", "004336"), ("rx_member_id", "W20933718"),
                ("rx_adherence_pdc", 88), ("rx_contact_preference", "phone_call"), ("rx_sms_opt_in", false), ("rx_home_store", "0421"),
                ("rx_easy_open_caps", true)),
        })
        {
            Interactions =
            [
                Counter("0421", "Asked for easy-open caps: arthritis in both hands; signed the waiver", 90, "waiver on file"),
                Counter("0421", "Picked up warfarin; INR was 2.6 at the clinic on Monday", 6, "no changes", "provided"),
                Call("Booked her medication review for January 22", 4, "booked", InteractionDirection.Outbound),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Confirm the comprehensive medication review; remind her to bring every bottle") { DueInDays = 3, Duration = TimeSpan.FromMinutes(5) },
            ],
            // Answered at the counter the same day and resolved; on the kernel's standard SLA (she has no facility contract).
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.Normal, "Warfarin tablets look different from last month", OpenedHoursAgo: 30)
                {
                    Channel = PharmacyChannels.Counter.Key,
                    Response = "Same warfarin 5 mg from another manufacturer (Taro instead of Teva); the pharmacist showed her the imprint and noted it for the anticoagulation clinic.",
                    ResolvedWithCsat = 5,
                },
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Warfarin 5 mg — 30 days", Usd(11.40m))
                {
                    Fields = Values(Script("6047702", "Warfarin", "5 mg", "tablet", 30, 30, 5, Harlan,
                        "Take 1 tablet by mouth once daily at 5 pm, or as directed by the anticoagulation clinic.", "To prevent blood clots",
                        "00093-1721-01", "B01AA03", new DateOnly(2026, 1, 5))),
                    Path = [To("claim_adjudication"), Verified("paid", 2.00m, Bell), ReadyForPickup(new DateOnly(2026, 1, 8)), To(PharmacyFunnels.Dispensed)],
                },
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Levothyroxine 75 mcg", Usd(16.75m))
                {
                    Fields = With(Script("6039020", "Levothyroxine", "75 mcg", "tablet", 90, 90, 1, Natarajan,
                            "Take 1 tablet by mouth every morning on an empty stomach.", "For thyroid", "00378-1807-77", "H03AA01", new DateOnly(2025, 5, 12)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 28))),
                    ClosesInDays = 13,
                },
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Comprehensive medication review 2026", Usd(75))
                {
                    Fields = Values(("rx_review_type", "comprehensive")),
                    Path = [To("invited"), To("scheduled", ("rx_review_date", new DateOnly(2026, 1, 22)), ("rx_pharmacist", Bell))],
                    ClosesInDays = 7,
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Flu vaccine 2025-26 (high dose)", Usd(75))
                {
                    Fields = Values(("rx_vaccine", "influenza")),
                    Path = [Lost("declined", "Already had her high-dose flu shot at Dr. Natarajan's office in October.")],
                },
            ],
            Documents = [PharmacyTemplates.PrescriptionLabel.Key],
        };

        // His old COPD inhaler was replaced by a triple inhaler now waiting for the pharmacist; he declined a review.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Frank DeLuca",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.okafor",
            Contacts = [Office("+1 614 555 0112"), Address("3120 Kingsdale Ctr, Apt 4B, Upper Arlington, OH 43221")],
            Fields = Values(
                ("rx_birth_date", new DateOnly(1940, 11, 9)), ("rx_allergies", new[] { "nkda" }),
                ("rx_conditions", new[] { "copd", "coronary_artery_disease" }),
                ("rx_plan_type", "medicare_part_d"), ("rx_plan_name", "AARP Medicare Rx Preferred (PDP)"), ("rx_bin", "610097"), ("rx_member_id", "AR7730152"),
                ("rx_adherence_pdc", 64), ("rx_contact_preference", "mail"), ("rx_home_store", "0412")),
        })
        {
            Interactions =
            [
                Call("Review invitation: says his daughter manages his medicines and he does not want a review", 30, "declined", InteractionDirection.Outbound),
                ERx("New prescription: Trelegy Ellipta from Dr. Brennan; Spiriva to stop", 1),
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.RefillKey, "Refill — Tiotropium (Spiriva Respimat) 2.5 mcg/actuation", Usd(545.10m))
                {
                    Fields = With(Script("6031554", "Tiotropium (Spiriva Respimat)", "2.5 mcg/actuation", "inhaler", 4, 30, 4, Brennan,
                            "Inhale 2 puffs by mouth once daily.", "For COPD", "00597-0100-61", "R03BB04", new DateOnly(2025, 6, 3)),
                        ("rx_next_refill_due", new DateOnly(2026, 1, 17))),
                    Path = [Lost("discontinued", "Dr. Brennan switched him to Trelegy Ellipta at the January visit; the Spiriva prescription is inactivated.")],
                },
                new DemoDeal(PharmacyFunnels.FulfilmentKey, "Trelegy Ellipta — 30 days", Usd(690.20m))
                {
                    Fields = Values(Script("6052268", "Fluticasone/umeclidinium/vilanterol (Trelegy Ellipta)", "100-62.5-25 mcg/actuation", "inhaler", 1, 30, 11, Brennan,
                        "Inhale 1 puff by mouth once daily. Rinse your mouth after use.", "For COPD", "00173-0887-10", "R03AL08", new DateOnly(2026, 1, 13))),
                    Path = [To("claim_adjudication"), Verified("paid", 47.00m, Okafor, "therapeutic_duplication")],
                    ClosesInDays = 1,
                },
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Comprehensive medication review 2026", Usd(75))
                {
                    Fields = Values(("rx_review_type", "comprehensive")),
                    Path = [Lost("declined", "Does not want a review; his daughter manages his medicines. Offer again with her at the next pick-up.")],
                },
            ],
        };
    }
}
