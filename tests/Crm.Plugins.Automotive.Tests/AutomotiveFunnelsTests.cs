using Crm.Framework.Testing.Conformance;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests;

public sealed class AutomotiveFunnelsTests
{
    public static TheoryData<string> Funnels => ["vehicle_sale", "workshop_service", "warranty_claim"];

    [Fact]
    public async Task A_lead_needs_its_source_and_the_model_of_interest()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "vehicle_sale", Title = "Norvik Osprey", Amount = Gbp(36_995),
        }));

        Assert.Equal(["dealer_lead_source", "vehicle_model"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_lead_cannot_skip_to_the_order()
    {
        await using var crm = Host();
        var deal = await crm.OspreyLead(await crm.Driver());

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "ordered",
            ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05")));

        Assert.Contains("cannot move from 'lead' to 'ordered'", error.Message);
        Assert.Contains("allowed next stages: test_drive, quoted, lost_to_competitor, did_not_proceed", error.Message);
        Assert.Equal("lead", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task A_quote_needs_the_configured_car_and_its_list_price()
    {
        await using var crm = Host();
        var deal = await crm.OspreyLead(await crm.Driver());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "quoted", ("vehicle_trim", "sel")));

        Assert.Equal(["vehicle_powertrain", "configurator_code", "vehicle_list_price"], error.Errors.Select(e => e.Field));
        Assert.Contains("is required to enter stage 'quoted' of funnel 'vehicle_sale' (Configurator code)", error.Message);
    }

    [Fact]
    public async Task A_finance_proposal_needs_the_type_deposit_term_and_apr()
    {
        await using var crm = Host();
        var deal = await crm.QuotedOsprey(await crm.Driver());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "finance_proposal", ("motor_finance_type", "pcp")));

        Assert.Equal(["motor_finance_deposit", "motor_finance_term_months", "motor_finance_apr"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_cash_buyer_orders_straight_from_the_quote_with_a_factory_order_and_a_production_slot()
    {
        await using var crm = Host();
        var deal = await crm.QuotedOsprey(await crm.Driver());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "ordered", ("motor_finance_type", "cash")));
        deal = await crm.Move(deal, "ordered", ("motor_finance_type", "cash"), ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05"));

        Assert.Equal(["factory_order_number", "production_slot"], error.Errors.Select(e => e.Field));
        Assert.Equal("ordered", deal.Stage);
        Assert.Equal(DealStatus.Open, deal.Status);
    }

    [Fact]
    public async Task A_car_is_handed_over_only_with_its_registration_and_that_wins_the_sale()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.OspreyReadyForDelivery(customer);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "delivered"));
        deal = await crm.Move(deal, "delivered", ("vehicle_reg", "LK26 WHF"));

        Assert.Equal("vehicle_reg", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(customer.Id))).Lifecycle);
    }

    [Fact]
    public async Task An_order_can_no_longer_be_lost_to_a_competitor_only_cancelled_with_a_reason()
    {
        await using var crm = Host();
        var deal = await crm.Move(await crm.OspreyOnPcp(await crm.Driver()), "ordered", ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05"));

        var skip = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new MoveDeal { DealId = deal.Id, Stage = "lost_to_competitor", Reason = "Bought a Kia" }));
        var noReason = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "order_cancelled"));
        var cancelled = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "order_cancelled", Reason = "Relocating abroad" });

        Assert.Contains("allowed next stages: ready_for_delivery, order_cancelled", skip.Message);
        Assert.Equal("reason", Assert.Single(noReason.Errors).Field);
        Assert.Equal(DealStatus.Lost, cancelled.Status);
        Assert.Equal("Relocating abroad", cancelled.LostReason);
    }

    [Fact]
    public async Task Checking_a_car_in_needs_the_job_card_the_mileage_and_the_vin()
    {
        await using var crm = Host();
        var deal = await crm.ServiceBooking(await crm.Driver());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "checked_in"));
        deal = await crm.Move(deal, "checked_in", ("workshop_job_card", "JC104301"), ("odometer_miles", 24_880), ("vin", "SNKA4H2F7PM072215"));

        Assert.Equal(["workshop_job_card", "odometer_miles", "vin"], error.Errors.Select(e => e.Field));
        Assert.Equal("checked_in", deal.Stage);
    }

    [Fact]
    public async Task No_work_starts_without_an_authorised_estimate_and_no_car_leaves_without_an_invoice()
    {
        await using var crm = Host();
        var deal = await crm.ServiceBooking(await crm.Driver());
        deal = await crm.Move(deal, "checked_in", ("workshop_job_card", "JC104301"), ("odometer_miles", 24_880), ("vin", "SNKA4H2F7PM072215"));

        var noEstimate = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "in_workshop"));
        deal = await crm.Move(deal, "in_workshop", ("workshop_estimate", Gbp(54.85m)));
        var noInvoice = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "collected"));
        deal = await crm.Move(deal, "collected", ("workshop_invoice_total", Gbp(54.85m)));

        Assert.Equal("workshop_estimate", Assert.Single(noEstimate.Errors).Field);
        Assert.Equal("workshop_invoice_total", Assert.Single(noInvoice.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
    }

    [Fact]
    public async Task A_warranty_claim_is_submitted_with_the_vin_fault_and_amount_and_approved_only_with_an_authorisation()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var incomplete = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "warranty_claim", Title = "Charger", Amount = Gbp(1_840), Fields = Values(("vin", "SNKM2E6A1RM083390")),
        }));
        var claim = await crm.ChargerClaim(customer);
        var unauthorised = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(claim, "approved"));
        claim = await crm.Move(claim, "approved", ("warranty_authorisation_code", "WA-118402"));

        Assert.Equal(["odometer_miles", "warranty_cover_type", "warranty_claim_number", "warranty_fault", "warranty_claim_amount"], incomplete.Errors.Select(e => e.Field));
        Assert.Equal("warranty_authorisation_code", Assert.Single(unauthorised.Errors).Field);
        Assert.Equal(DealStatus.Won, claim.Status);
    }

    [Fact]
    public async Task Rejecting_a_warranty_claim_needs_a_reason()
    {
        await using var crm = Host();
        var claim = await crm.Move(await crm.ChargerClaim(await crm.Driver()), "technical_review");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(claim, "rejected"));
        var rejected = await crm.Send(new MoveDeal { DealId = claim.Id, Stage = "rejected", Reason = "Damage from a non-approved charger" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, rejected.Status);
    }

    [Theory]
    [MemberData(nameof(Funnels))]
    public async Task Every_open_stage_can_end_in_a_loss_and_the_start_can_reach_a_win(string key)
    {
        await using var crm = Host();
        var funnel = Assert.Single(crm.Schema.Funnels, f => f.Key == key);

        foreach (var stage in funnel.Stages.Where(s => !s.IsClosed))
            Assert.Contains(stage.Next, next => funnel.FindStage(next)!.Kind == StageKind.Lost);
        Assert.Contains(PluginConformance.ReachableStages(funnel), s => s.Kind == StageKind.Won);
    }
}
