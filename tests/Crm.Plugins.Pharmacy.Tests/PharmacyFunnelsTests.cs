using Crm.Framework.Testing.Conformance;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests;

public sealed class PharmacyFunnelsTests
{
    public static TheoryData<string> Funnels => ["rx_fulfilment", "rx_refill", "rx_medication_review", "rx_vaccination"];

    [Fact]
    public async Task A_prescription_is_received_only_with_the_drug_the_quantity_and_the_prescriber()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "rx_fulfilment", Title = "Atorvastatin", Amount = Usd(18.40m), Fields = Values(("rx_drug_name", "Atorvastatin")),
        }));

        Assert.Equal(["rx_number", "rx_strength", "rx_quantity", "rx_days_supply", "rx_prescriber"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_prescription_cannot_skip_the_pharmacist_from_received_to_ready_for_pickup()
    {
        await using var crm = Host();
        var deal = await crm.Prescription(await crm.Patient());

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "ready_for_pickup", ("rx_fill_date", new DateOnly(2026, 1, 15))));

        Assert.Contains("cannot move from 'received' to 'ready_for_pickup'", error.Message);
        Assert.Contains("allowed next stages: claim_adjudication, verified, rejected", error.Message);
        Assert.Equal("received", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task Verification_needs_the_claim_the_copay_the_product_the_dur_and_the_pharmacist()
    {
        await using var crm = Host();
        var deal = await crm.Prescription(await crm.Patient(), [.. Atorvastatin.Where(f => f.Key != "rx_ndc_code")]);
        deal = await crm.Move(deal, "claim_adjudication");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "verified"));

        Assert.Equal(["rx_claim_status", "rx_copay", "rx_ndc_code", "rx_dur_alert", "rx_pharmacist"], error.Errors.Select(e => e.Field));
        Assert.Contains("is required to enter stage 'verified' of funnel 'rx_fulfilment' (DUR result)", error.Message);
    }

    [Fact]
    public async Task A_cash_prescription_goes_from_received_straight_to_verification()
    {
        await using var crm = Host();
        var deal = await crm.Prescription(await crm.Patient());

        deal = await crm.Move(deal, "verified", ("rx_claim_status", "cash"), ("rx_copay", Usd(14.50m)), ("rx_dur_alert", "none"), ("rx_pharmacist", Okafor));

        Assert.Equal("verified", deal.Stage);
        Assert.Equal(0.85m, crm.Schema.Funnels.Single(f => f.Key == "rx_fulfilment").FindStage(deal.Stage)!.Probability);
    }

    [Fact]
    public async Task A_prior_authorization_is_entered_only_with_the_claim_rejection_recorded()
    {
        await using var crm = Host();
        var deal = await crm.Prescription(await crm.Patient());
        deal = await crm.Move(deal, "claim_adjudication");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "prior_authorization"));
        deal = await crm.Move(deal, "prior_authorization", ("rx_claim_status", "pa_required"));

        Assert.Equal("rx_claim_status", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Open, deal.Status);
    }

    [Fact]
    public async Task A_prescription_not_collected_needs_a_reason_and_is_lost()
    {
        await using var crm = Host();
        var deal = await crm.Verify(await crm.Prescription(await crm.Patient()));
        deal = await crm.Move(deal, "ready_for_pickup", ("rx_fill_date", new DateOnly(2025, 12, 30)));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "not_collected"));
        var lost = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "not_collected", Reason = "Not picked up in 14 days; returned to stock" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, lost.Status);
        Assert.Equal("Not picked up in 14 days; returned to stock", lost.LostReason);
    }

    [Fact]
    public async Task Picking_up_a_prescription_wins_it_and_makes_the_patient_a_customer()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var deal = await crm.Dispense(await crm.Prescription(patient), new DateOnly(2026, 1, 15));

        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(patient.Id))).Lifecycle);
    }

    [Fact]
    public async Task A_refill_is_counted_only_with_its_fill_date_and_copay()
    {
        await using var crm = Host();
        var deal = await crm.RefillDue(await crm.Patient(), new DateOnly(2026, 1, 20));
        deal = await crm.Move(deal, "refill_requested");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "refilled"));

        Assert.Equal(["rx_fill_date", "rx_copay"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_completed_review_needs_the_findings_and_the_action_plan()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "rx_medication_review", Title = "Comprehensive medication review", Amount = Usd(75),
            Fields = Values(("rx_review_type", "comprehensive")),
        });

        var unscheduled = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "scheduled"));
        deal = await crm.Move(deal, "scheduled", ("rx_review_date", new DateOnly(2026, 1, 12)), ("rx_pharmacist", Okafor));
        var unfinished = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "completed", ("rx_med_count", 8)));

        Assert.Equal(["rx_review_date", "rx_pharmacist"], unscheduled.Errors.Select(e => e.Field));
        Assert.Equal(["rx_drug_problems", "rx_action_plan"], unfinished.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_vaccine_is_recorded_as_given_only_after_screening_and_with_its_lot()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "rx_vaccination", Title = "Flu vaccine", Amount = Usd(40), Fields = Values(("rx_vaccine", "influenza")),
        });
        var given = new (string, object?)[] { ("rx_vaccine_lot", "UT8421CA"), ("rx_administered_on", new DateOnly(2026, 1, 15)), ("rx_pharmacist", Okafor) };

        var skipped = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "administered", given));
        deal = await crm.Move(deal, "screened", ("rx_screening_result", "no_contraindications"));
        var noLot = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "administered", ("rx_administered_on", new DateOnly(2026, 1, 15)), ("rx_pharmacist", Okafor)));
        deal = await crm.Move(deal, "administered", given);

        Assert.Contains("allowed next stages: booked, screened, declined, contraindicated", skipped.Message);
        Assert.Equal("rx_vaccine_lot", Assert.Single(noLot.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
    }

    [Theory]
    [MemberData(nameof(Funnels))]
    public async Task Every_open_stage_can_end_in_a_loss_and_every_stage_is_reachable_from_the_start(string key)
    {
        await using var crm = Host();
        var funnel = Assert.Single(crm.Schema.Funnels, f => f.Key == key);

        var reachable = PluginConformance.ReachableStages(funnel).ToList();

        Assert.Equal(StageKind.Open, funnel.Start.Kind);
        foreach (var stage in funnel.Stages.Where(s => !s.IsClosed))
        {
            Assert.NotEmpty(stage.Next);
            Assert.Contains(stage.Next, next => funnel.FindStage(next)!.Kind == StageKind.Lost);
        }
        Assert.Equal(funnel.Stages.Select(s => s.Key).Order(), reachable.Select(s => s.Key).Order());
        Assert.Contains(reachable, s => s.Kind == StageKind.Won);
        Assert.Contains(reachable, s => s.Kind == StageKind.Lost);
    }
}
