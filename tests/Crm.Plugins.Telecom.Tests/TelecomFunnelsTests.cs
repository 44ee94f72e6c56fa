using Crm.Framework.Testing.Conformance;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests;

public sealed class TelecomFunnelsTests
{
    public static TheoryData<string> Funnels => ["new_connection", "broadband_installation", "b2b_mobile_fleet", "contract_renewal"];

    [Fact]
    public async Task An_offer_needs_the_tariff_the_term_and_the_monthly_charge()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var lead = await crm.Send(new OpenDeal { CustomerId = customer.Id, Funnel = "new_connection", Title = "SIM Only 10GB", Amount = Gbp(120) });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(lead, "offer"));

        Assert.Equal(["tariff_plan", "contract_term_months", "monthly_recurring_charge"], error.Errors.Select(e => e.Field));
        Assert.Contains("is required to enter stage 'offer' of funnel 'new_connection' (Tariff plan)", error.Message);
    }

    [Fact]
    public async Task A_new_connection_cannot_skip_the_credit_vetting()
    {
        await using var crm = Host();
        var deal = await crm.Move(await crm.IphoneDeal(await crm.Subscriber()), "offer");

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "contract_signed",
            ("credit_vet_ref", "CV26011203"), ("service_contract_number", "SC-2026-004198")));

        Assert.Contains("cannot move from 'offer' to 'contract_signed'", error.Message);
        Assert.Contains("allowed next stages: credit_check, lost", error.Message);
        Assert.Equal("offer", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task A_contract_is_signed_only_with_the_credit_vetting_reference_and_a_contract_number()
    {
        await using var crm = Host();
        var deal = await crm.IphoneDeal(await crm.Subscriber());
        deal = await crm.Move(deal, "offer");
        deal = await crm.Move(deal, "credit_check");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "contract_signed"));

        Assert.Equal(["credit_vet_ref", "service_contract_number"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_port_in_is_not_scheduled_without_the_donor_the_number_the_pac_and_the_date()
    {
        await using var crm = Host();
        var deal = await crm.SignedIphoneDeal(await crm.Subscriber());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "port_scheduled", ("sim_iccid", "8944110068012345678")));

        Assert.Equal(["porting_donor_operator", "porting_msisdn", "porting_code", "porting_date"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Porting_the_number_wins_the_deal_and_makes_the_subscriber_a_customer()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.PortScheduled(customer);

        deal = await crm.Move(deal, "number_ported");

        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(customer.Id))).Lifecycle);
    }

    [Fact]
    public async Task A_sim_is_activated_only_with_its_iccid_and_the_number_given()
    {
        await using var crm = Host();
        var deal = await crm.SignedIphoneDeal(await crm.Subscriber());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "sim_activated"));
        var live = await crm.Move(deal, "sim_activated", ("sim_iccid", "8944110068012345678"), ("line_msisdn", "447700900777"));

        Assert.Equal(["sim_iccid", "line_msisdn"], error.Errors.Select(e => e.Field));
        Assert.Equal(DealStatus.Won, live.Status);
    }

    [Fact]
    public async Task Cancelling_in_the_cooling_off_period_needs_a_reason()
    {
        await using var crm = Host();
        var deal = await crm.SignedIphoneDeal(await crm.Subscriber());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "cancelled_cooling_off"));
        var cancelled = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "cancelled_cooling_off", Reason = "Changed his mind within 14 days" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, cancelled.Status);
        Assert.Equal("Changed his mind within 14 days", cancelled.LostReason);
    }

    [Fact]
    public async Task A_broadband_order_starts_from_the_address_and_installs_only_with_a_line_reference()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();

        var noAddress = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "broadband_installation", Title = "Full Fibre 500", Amount = Gbp(840),
        }));
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "broadband_installation", Title = "Full Fibre 500", Amount = Gbp(840),
            Fields = Values(("installation_address", "27 Burton Road, Manchester M20 3ED"), ("uprn", "77123456")),
        });
        deal = await crm.Move(deal, "order_placed", ("tariff_plan", "fibre_500"), ("contract_term_months", 24),
            ("monthly_recurring_charge", Gbp(35)), ("broadband_speed_mbps", 500), ("service_contract_number", "SC-2026-004300"));
        var skip = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "installed", ("circuit_id", "FP000412377")));
        deal = await crm.Move(deal, "engineer_booked", ("installation_date", new DateOnly(2026, 1, 22)));
        var noCircuit = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "installed"));
        deal = await crm.Move(deal, "installed", ("circuit_id", "FP000412377"));

        Assert.Equal(["installation_address", "uprn"], noAddress.Errors.Select(e => e.Field));
        Assert.Contains("allowed next stages: engineer_booked, not_serviceable, order_cancelled", skip.Message);
        Assert.Equal("circuit_id", Assert.Single(noCircuit.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
    }

    [Fact]
    public async Task A_fleet_proposal_needs_the_number_of_lines_from_the_needs_analysis()
    {
        await using var crm = Host();
        var company = await crm.Send(new CreateCustomer { Name = "Northgate Logistics Ltd", Kind = CustomerKind.Organization });
        var deal = await crm.Send(new OpenDeal { CustomerId = company.Id, Funnel = "b2b_mobile_fleet", Title = "Driver fleet", Amount = Gbp(51_840) });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "needs_analysis"));

        Assert.Equal("mobile_fleet_lines", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task A_subscriber_who_asked_for_a_pac_can_still_be_recontracted()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();
        var deal = await crm.Send(new OpenDeal { CustomerId = customer.Id, Funnel = "contract_renewal", Title = "Renewal", Amount = Gbp(432) });
        deal = await crm.Move(deal, "pac_requested");

        var noPlan = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "retention_offer"));
        deal = await crm.Move(deal, "retention_offer", ("tariff_plan", "unlimited"), ("contract_term_months", 24),
            ("monthly_recurring_charge", Gbp(18)), ("retention_discount_pct", 18));
        deal = await crm.Move(deal, "recontracted", ("service_contract_number", "SC-2026-004400"));

        Assert.Equal(["tariff_plan", "contract_term_months", "monthly_recurring_charge"], noPlan.Errors.Select(e => e.Field));
        Assert.Equal(DealStatus.Won, deal.Status);
    }

    [Theory]
    [MemberData(nameof(Funnels))]
    public async Task Every_open_stage_can_end_in_a_loss_and_every_stage_is_reachable_from_the_start(string key)
    {
        await using var crm = Host();
        var funnel = Assert.Single(crm.Schema.Funnels, f => f.Key == key);
        var reachable = PluginConformance.ReachableStages(funnel).Select(s => s.Key).ToHashSet();

        Assert.False(funnel.Start.IsClosed);
        foreach (var stage in funnel.Stages.Where(s => !s.IsClosed))
        {
            Assert.NotEmpty(stage.Next);
            Assert.Contains(stage.Next, next => funnel.FindStage(next)!.Kind == StageKind.Lost);
        }
        Assert.All(funnel.Stages, s => Assert.Contains(s.Key, reachable));
        Assert.Contains(funnel.Stages, s => s.Kind == StageKind.Won);
        Assert.Contains(funnel.Stages, s => s.Kind == StageKind.Lost);
    }
}
