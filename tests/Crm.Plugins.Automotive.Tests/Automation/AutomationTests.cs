using Crm.Framework.Interactions;
using Crm.Plugins.Automotive.Automation;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests.Automation;

public sealed class AutomationTests
{
    [Fact]
    public async Task A_built_car_puts_the_handover_checklist_on_the_card()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var deal = await crm.OspreyReadyForDelivery(customer);

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal(HandoverPreparation.Subject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "Norvik Osprey SEL full hybrid — PCP: VIN SNKA4H2F7TM104233, handover on 27 February 2026. Pre-delivery inspection, register the car, " +
            "check the lender has paid out and check the customer's insurance before the keys are released.",
            note.Notes);
    }

    [Fact]
    public async Task A_cash_sale_asks_for_cleared_funds_before_the_handover()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.Move(await crm.QuotedOsprey(customer), "ordered",
            ("motor_finance_type", "cash"), ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05"));

        await crm.Move(deal, "ready_for_delivery", ("vin", "SNKA4H2F7TM104233"), ("vehicle_delivery_date", new DateOnly(2026, 2, 27)));

        Assert.Contains("take the balance in cleared funds", Assert.Single(crm.Store.InteractionsOf(customer.Id, 50)).Notes);
    }

    [Fact]
    public async Task Collecting_a_car_from_the_workshop_asks_for_a_follow_up_call()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var deal = await crm.ServiceBooking(customer);
        deal = await crm.Move(deal, "checked_in", ("workshop_job_card", "JC104301"), ("odometer_miles", 24_880), ("vin", "SNKA4H2F7PM072215"));
        deal = await crm.Move(deal, "in_workshop", ("workshop_estimate", Gbp(54.85m)));

        await crm.Move(deal, "collected", ("workshop_invoice_total", Gbp(54.85m)));

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal(PostServiceCall.Subject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.StartsWith("Full service and MOT — Osprey WR23 KDF (WR23 KDF, job card JC104301, invoiced 54.85 GBP)", note.Notes);
    }

    [Fact]
    public async Task Earlier_stages_lost_deals_and_warranty_claims_log_nothing()
    {
        await using var crm = Host();
        var customer = await crm.Driver();
        var sale = await crm.Move(await crm.OspreyOnPcp(customer), "ordered", ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05"));
        await crm.Send(new Crm.Framework.Pipelines.MoveDeal { DealId = sale.Id, Stage = "order_cancelled", Reason = "Changed his mind" });
        var service = await crm.ServiceBooking(customer);
        await crm.Send(new Crm.Framework.Pipelines.MoveDeal { DealId = service.Id, Stage = "no_show", Reason = "Did not come" });
        await crm.Move(await crm.ChargerClaim(customer), "approved", ("warranty_authorisation_code", "WA-118402"));

        Assert.Empty(crm.Store.InteractionsOf(customer.Id, 50));
    }
}
