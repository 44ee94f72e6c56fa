using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Plugins.Telecom.Automation;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests.Automation;

public sealed class EarlyLifeCallOnActivationTests
{
    [Fact]
    public async Task A_ported_number_logs_the_early_life_call_note_on_the_deal()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.PortScheduled(customer);

        deal = await crm.Move(deal, "number_ported");

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal(EarlyLifeCallOnActivation.MobileSubject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "iPhone 16 on Unlimited Max — port-in from Vodafone: unlimited_max, 30.00 GBP a month, 24 months. Call by 2026-02-19, after the first bill.",
            note.Notes);
    }

    [Fact]
    public async Task An_installed_fibre_line_asks_for_a_speed_check_call()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "broadband_installation", Title = "Full Fibre 500", Amount = Gbp(840),
            Fields = Values(("installation_address", "27 Burton Road, Manchester M20 3ED"), ("uprn", "77123456")),
        });
        deal = await crm.Move(deal, "order_placed", ("tariff_plan", "fibre_500"), ("contract_term_months", 24),
            ("monthly_recurring_charge", Gbp(35)), ("broadband_speed_mbps", 500), ("service_contract_number", "SC-2026-004300"));
        deal = await crm.Move(deal, "engineer_booked", ("installation_date", new DateOnly(2026, 1, 22)));

        deal = await crm.Move(deal, "installed", ("circuit_id", "FP000412377"));

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal(EarlyLifeCallOnActivation.BroadbandSubject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
    }

    [Fact]
    public async Task Earlier_stages_and_lost_deals_log_nothing()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.SignedIphoneDeal(customer);

        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "cancelled_cooling_off", Reason = "Changed his mind" });

        Assert.Empty(crm.Store.InteractionsOf(customer.Id, 50));
    }
}

public sealed class PacRequestedAlertTests
{
    [Fact]
    public async Task A_pac_request_puts_a_retention_note_on_the_card()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Send(new OpenDeal { CustomerId = customer.Id, Funnel = "contract_renewal", Title = "Renewal", Amount = Gbp(432) });

        await crm.Move(deal, "pac_requested");

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal(PacRequestedAlert.Subject, note.Subject);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Contains("valid for 30 days", note.Notes);
    }

    [Fact]
    public async Task A_renewal_that_goes_straight_to_an_offer_logs_no_pac_note()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Send(new OpenDeal { CustomerId = customer.Id, Funnel = "contract_renewal", Title = "Renewal", Amount = Gbp(432) });

        await crm.Move(deal, "retention_offer", ("tariff_plan", "unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(18)));

        Assert.Empty(crm.Store.InteractionsOf(customer.Id, 50));
    }
}
