using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests;

public sealed class PharmacyTemplatesTests
{
    [Fact]
    public async Task Prescription_label_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Dispense(await crm.Prescription(patient), new DateOnly(2026, 1, 15));

        var document = await Render(crm, patient, "rx_prescription_label", deal);

        GoldenFile.Verify("rx_prescription_label", document.Content);
    }

    [Fact]
    public async Task Prescription_label_for_a_controlled_sleep_medicine_with_easy_open_caps_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Send(new CreateCustomer
        {
            Name = "Linda Kowalski",
            Owner = "marcus.bell",
            Contacts = [new ContactPoint(ContactKind.Address, "88 Hiawatha Ave, Westerville, OH 43081")],
            Fields = Values(("rx_birth_date", new DateOnly(1946, 2, 17)), ("rx_allergies", new[] { "codeine", "nsaids" }),
                ("rx_home_store", "0421"), ("rx_easy_open_caps", true)),
        });
        var deal = await crm.Prescription(patient,
        [
            ("rx_number", "6052877"), ("rx_drug_name", "Zolpidem"), ("rx_strength", "5 mg"), ("rx_dosage_form", "tablet"),
            ("rx_quantity", 30), ("rx_days_supply", 30), ("rx_refills_remaining", 2), ("rx_prescriber", "Dr. Priya Natarajan, MD"),
            ("rx_sig", "Take 1 tablet by mouth at bedtime as needed for sleep. Allow 7 to 8 hours for sleep."),
            ("rx_ndc_code", "00591-5444-01"), ("rx_atc_code", "N05CF02"), ("rx_controlled_schedule", "c4"), ("rx_written_date", new DateOnly(2026, 1, 12)),
        ], "Zolpidem 5 mg — 30 days");
        deal = await crm.Move(deal, "claim_adjudication");
        deal = await crm.Move(deal, "verified",
            ("rx_claim_status", "paid"), ("rx_copay", Usd(3.35m)), ("rx_dur_alert", "none"), ("rx_pharmacist", "Marcus Bell, RPh"));
        deal = await crm.Move(deal, "ready_for_pickup", ("rx_fill_date", new DateOnly(2026, 1, 15)));

        var document = await Render(crm, patient, "rx_prescription_label", deal);

        GoldenFile.Verify("rx_prescription_label.controlled", document.Content);
    }

    [Fact]
    public async Task Refill_reminder_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.RefillDue(patient, new DateOnly(2026, 1, 20));

        var document = await Render(crm, patient, "rx_refill_reminder", deal);

        GoldenFile.Verify("rx_refill_reminder", document.Content);
    }

    [Fact]
    public async Task Refill_reminder_for_an_overdue_prescription_without_refills_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Send(new CreateCustomer
        {
            Name = "Grace Okonkwo",
            Owner = "marcus.bell",
            Contacts = [new ContactPoint(ContactKind.Address, "25 Pebble Creek Dr, Westerville, OH 43081")],
            Fields = Values(("rx_plan_type", "medicaid"), ("rx_adherence_pdc", 58), ("rx_sms_opt_in", false), ("rx_home_store", "0421")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "rx_refill", Title = "Refill — Insulin lispro", Amount = Usd(182.40m),
            Fields = Values(("rx_number", "6036612"), ("rx_drug_name", "Insulin lispro"), ("rx_strength", "100 units/mL"), ("rx_dosage_form", "injection_pen"),
                ("rx_quantity", 15), ("rx_days_supply", 30), ("rx_refills_remaining", 0), ("rx_prescriber", "Dr. Karen Holt, DO"),
                ("rx_next_refill_due", new DateOnly(2026, 1, 9))),
        });

        var document = await Render(crm, patient, "rx_refill_reminder", deal);

        GoldenFile.Verify("rx_refill_reminder.last_refill", document.Content);
    }

    [Fact]
    public async Task Medication_review_summary_matches_the_golden_file()
    {
        await using var crm = Host();
        var (patient, review) = await ReviewedPatient(crm);

        var document = await Render(crm, patient, "rx_medication_review_summary", review);

        GoldenFile.Verify("rx_medication_review_summary", document.Content);
    }

    [Fact]
    public async Task The_medication_list_leaves_out_rejected_and_discontinued_prescriptions_and_lists_each_one_once()
    {
        await using var crm = Host();
        var (patient, review) = await ReviewedPatient(crm);

        var content = (await Render(crm, patient, "rx_medication_review_summary", review)).Content;
        var rows = content.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Medicine", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Atorvastatin 20 mg", "Lisinopril 20 mg"], rows.Select(r => r.Split(" | ")[0].TrimStart('|', ' ')));
        Assert.DoesNotContain("Ibuprofen", content);
        Assert.DoesNotContain("Glipizide", content);
    }

    [Fact]
    public async Task Antibiotic_labels_tell_the_patient_to_finish_the_course()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Prescription(patient,
        [
            ("rx_number", "6049336"), ("rx_drug_name", "Ciprofloxacin"), ("rx_strength", "500 mg"), ("rx_dosage_form", "tablet"), ("rx_quantity", 14),
            ("rx_days_supply", 7), ("rx_refills_remaining", 0), ("rx_prescriber", "Dr. Priya Natarajan, MD"), ("rx_atc_code", "J01MA02"),
        ]);

        var content = (await Render(crm, patient, "rx_prescription_label", deal)).Content;

        Assert.Contains("- Take until gone", content);
        Assert.Contains("- Do not take antacids, iron, calcium or dairy products within 2 hours", content);
        Assert.Contains("| Refills | none left: we can ask your prescriber for a new prescription |", content);
        Assert.Contains("| Pharmacist | — |", content);
        Assert.DoesNotContain("Federal law", content);
    }

    [Fact]
    public async Task The_documents_need_a_deal()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        foreach (var template in new[] { "rx_prescription_label", "rx_refill_reminder", "rx_medication_review_summary" })
        {
            var error = await Assert.ThrowsAsync<CrmValidationException>(() => Render(crm, patient, template));
            Assert.Equal("deal", Assert.Single(error.Errors).Field);
        }
    }

    [Fact]
    public async Task No_document_prints_the_member_id_or_the_adherence_figure()
    {
        await using var crm = Host();
        var (patient, review) = await ReviewedPatient(crm);
        var refill = await crm.RefillDue(patient, new DateOnly(2026, 1, 20));

        foreach (var (template, deal) in new[] { ("rx_prescription_label", refill), ("rx_refill_reminder", refill), ("rx_medication_review_summary", review) })
        {
            var content = (await Render(crm, patient, template, deal)).Content;
            Assert.DoesNotContain("H8R4Q72K19", content);
            Assert.DoesNotContain("91%", content);
            Assert.DoesNotContain("91 %", content);
            Assert.DoesNotContain("PDC", content);
        }
    }

    /// <summary>
    /// Maria after her review: atorvastatin picked up (its refill queued by the automation), lisinopril due,
    /// ibuprofen 800 mg rejected at verification and glipizide discontinued.
    /// </summary>
    private static async Task<(Customer, Deal)> ReviewedPatient(CrmTestHost crm)
    {
        var patient = await crm.Patient();
        await crm.Dispense(await crm.Prescription(patient), new DateOnly(2026, 1, 10));
        await crm.RefillDue(patient, new DateOnly(2026, 1, 20));
        var ibuprofen = await crm.Prescription(patient,
        [
            ("rx_number", "6051980"), ("rx_drug_name", "Ibuprofen"), ("rx_strength", "800 mg"), ("rx_quantity", 90), ("rx_days_supply", 30),
            ("rx_prescriber", "Jessica Park, APRN-CNP"),
        ], "Ibuprofen 800 mg");
        await crm.Send(new MoveDeal { DealId = ibuprofen.Id, Stage = "rejected", Reason = "NSAID with lisinopril and diabetes: the prescriber agreed to acetaminophen instead" });
        var glipizide = await crm.RefillDue(patient, new DateOnly(2026, 1, 2), script:
        [
            ("rx_number", "6030117"), ("rx_drug_name", "Glipizide"), ("rx_strength", "5 mg"), ("rx_quantity", 60), ("rx_days_supply", 30),
            ("rx_prescriber", "Dr. Priya Natarajan, MD"),
        ]);
        await crm.Send(new MoveDeal { DealId = glipizide.Id, Stage = "discontinued", Reason = "Stopped after two lows; metformin alone" });

        var review = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "rx_medication_review", Title = "Comprehensive medication review 2026", Amount = Usd(75),
            Fields = Values(("rx_review_type", "comprehensive")),
        });
        review = await crm.Move(review, "scheduled", ("rx_review_date", new DateOnly(2026, 1, 12)), ("rx_pharmacist", Okafor));
        review = await crm.Move(review, "completed", ("rx_med_count", 6), ("rx_drug_problems", new[] { "drug_interaction", "non_adherence" }),
            ("rx_action_plan", "Do not take ibuprofen or naproxen, and use acetaminophen for pain instead; Use a weekly pill box and refill it on Sundays; " +
                "Bring your blood pressure log to Dr. Natarajan on February 9"));
        return (patient, review);
    }

    private static Task<Document> Render(CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
