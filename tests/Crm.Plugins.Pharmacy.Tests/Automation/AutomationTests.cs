using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Plugins.Pharmacy.Automation;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests.Automation;

public sealed class QueueNextRefillTests
{
    [Fact]
    public async Task Dispensing_a_maintenance_medicine_queues_its_refill_for_the_day_the_supply_runs_out()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var fill = await crm.Dispense(await crm.Prescription(patient), new DateOnly(2026, 1, 10));

        var refill = Assert.Single(await crm.Send(new ListDeals { CustomerId = patient.Id, Funnel = "rx_refill" }));
        Assert.Equal("refill_due", refill.Stage);
        Assert.Equal("Refill — Atorvastatin 20 mg", refill.Title);
        Assert.Equal(fill.Amount, refill.Amount);
        Assert.Equal(new DateOnly(2026, 4, 10), refill.Fields.GetDate("rx_next_refill_due"));
        Assert.Equal(new DateOnly(2026, 4, 10), refill.ExpectedClose);
        Assert.Equal(3, refill.Fields.GetNumber("rx_refills_remaining"));
        Assert.Equal("6041187", refill.Fields.GetText("rx_number"));
        Assert.Equal("Take 1 tablet by mouth once daily in the evening.", refill.Fields.GetText("rx_sig"));
        Assert.Null(refill.Fields.GetText("rx_fill_date"));
        Assert.Null(refill.Fields.GetText("rx_copay"));
        Assert.Empty(crm.Store.InteractionsOf(patient.Id, 50));
    }

    [Fact]
    public async Task A_refill_that_used_the_last_refill_queues_the_next_and_asks_for_a_renewal()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.RefillDue(patient, new DateOnly(2026, 1, 20), refills: 1);
        deal = await crm.Move(deal, "refill_requested");

        deal = await crm.Move(deal, "refilled", ("rx_fill_date", new DateOnly(2026, 1, 15)), ("rx_copay", Usd(0)), ("rx_refills_remaining", 0));

        var next = Assert.Single(await crm.Send(new ListDeals { CustomerId = patient.Id, Funnel = "rx_refill", Status = DealStatus.Open }));
        var note = Assert.Single(crm.Store.InteractionsOf(patient.Id, 50));
        Assert.Equal(new DateOnly(2026, 4, 15), next.Fields.GetDate("rx_next_refill_due"));
        Assert.Equal(0, next.Fields.GetNumber("rx_refills_remaining"));
        Assert.Equal(("note", InteractionDirection.Internal), (note.Channel, note.Direction));
        Assert.Equal(QueueNextRefill.RenewalSubject, note.Subject);
        Assert.Equal(next.Id, note.DealId);
        Assert.Equal(
            "Rx 6038843, Lisinopril 20 mg: the fill of 2026-01-15 used the last refill and the supply runs out on 2026-04-15. " +
            "Send a renewal request to Dr. Priya Natarajan, MD a week before.", note.Notes);
    }

    [Fact]
    public async Task Short_courses_and_schedule_II_drugs_queue_no_refill()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        (string, object?)[] amoxicillin =
        [
            ("rx_number", "6049336"), ("rx_drug_name", "Amoxicillin"), ("rx_strength", "500 mg"), ("rx_quantity", 30), ("rx_days_supply", 10),
            ("rx_refills_remaining", 0), ("rx_prescriber", "Dr. Samuel Adeyemi, DDS"), ("rx_ndc_code", "65862-0017-30"),
        ];
        (string, object?)[] methylphenidate =
        [
            ("rx_number", "6049400"), ("rx_drug_name", "Methylphenidate ER"), ("rx_strength", "36 mg"), ("rx_quantity", 30), ("rx_days_supply", 30),
            ("rx_refills_remaining", 0), ("rx_prescriber", "Dr. Elena Vasquez, MD"), ("rx_ndc_code", "50458-0586-01"), ("rx_controlled_schedule", "c2"),
        ];

        await crm.Dispense(await crm.Prescription(patient, amoxicillin), new DateOnly(2026, 1, 15));
        await crm.Dispense(await crm.Prescription(patient, methylphenidate), new DateOnly(2026, 1, 15));

        Assert.Empty(await crm.Send(new ListDeals { CustomerId = patient.Id, Funnel = "rx_refill" }));
    }

    [Fact]
    public async Task Earlier_stages_queue_nothing()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Verify(await crm.Prescription(patient));

        await crm.Move(deal, "ready_for_pickup", ("rx_fill_date", new DateOnly(2026, 1, 15)));

        Assert.Empty(await crm.Send(new ListDeals { CustomerId = patient.Id, Funnel = "rx_refill" }));
    }
}

public sealed class PriorAuthorizationFollowUpTests
{
    [Fact]
    public async Task A_claim_rejected_for_prior_authorization_leaves_a_note_for_the_technician()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Move(await crm.Prescription(patient), "claim_adjudication");

        deal = await crm.Move(deal, "prior_authorization", ("rx_claim_status", "pa_required"));

        var note = Assert.Single(crm.Store.InteractionsOf(patient.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal(PriorAuthorizationFollowUp.Subject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "Rx 6041187, Atorvastatin 20 mg: the plan wants a prior authorization. Ask Dr. Priya Natarajan, MD (NPI 1467583920) to submit it, " +
            "tell the patient it usually takes 1 to 3 business days, and offer the cash price or a formulary alternative if the patient cannot wait.",
            note.Notes);
    }

    [Fact]
    public async Task A_paid_claim_leaves_no_note()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        await crm.Verify(await crm.Prescription(patient));

        Assert.Empty(crm.Store.InteractionsOf(patient.Id, 50));
    }
}
