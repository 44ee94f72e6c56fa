using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Pipelines;

public sealed class CloseDealTests
{
    private static async Task<Deal> NewCard(CrmTestHost crm, string customerId) =>
        await crm.Send(new OpenDeal { CustomerId = customerId, Funnel = TestSchema.CardFunnel, Title = "Card", Amount = Money.Of(100, "EUR") });

    [Fact]
    public async Task CloseDeal_won_picks_the_single_won_stage_and_makes_the_customer_a_customer()
    {
        var closed = new List<DealClosed>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(closed));
        var ada = await crm.NewCustomer();
        var deal = await crm.ToApproval(await crm.NewLoan(ada.Id));

        var won = await crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Reason = "signed", Fields = TestCrm.Fields(("signed_on", "2026-01-20")) });

        Assert.Equal(("disbursed", DealStatus.Won, crm.Clock.GetUtcNow()), (won.Stage, won.Status, won.ClosedAt));
        Assert.Equal("2026-01-20", won.Fields["signed_on"]);
        Assert.Equal("signed", won.History[^1].Note);
        Assert.Equal(won, crm.Store.GetDeal(deal.Id));
        Assert.Equal(LifecycleStage.Customer, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
        Assert.True(Assert.Single(closed).Won);
    }

    [Fact]
    public async Task CloseDeal_won_needs_the_fields_the_won_stage_requires()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await crm.ToApproval(await crm.NewLoan(ada.Id));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = true }));

        Assert.Equal("signed_on", Assert.Single(error.Errors).Field);
        Assert.Equal(LifecycleStage.Prospect, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task CloseDeal_won_from_a_stage_that_cannot_reach_the_won_stage_is_refused()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Fields = TestCrm.Fields(("signed_on", "2026-01-20")) }));

        Assert.Contains("cannot move from 'application' to 'disbursed'", error.Message);
    }

    [Fact]
    public async Task CloseDeal_asks_for_the_stage_when_the_funnel_has_several_won_stages()
    {
        await using var crm = TestCrm.Create();
        var deal = await NewCard(crm, (await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = true }));
        var won = await crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Stage = "activated_gold" });

        Assert.Equal("Funnel 'card' has several won stages (activated_gold, activated_classic); say which with --stage.", error.Message);
        Assert.Equal(("activated_gold", DealStatus.Won), (won.Stage, won.Status));
    }

    [Fact]
    public async Task CloseDeal_lost_asks_for_the_stage_when_several_lost_stages_are_reachable()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review" });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = false, Reason = "no income" }));
        var lost = await crm.Send(new CloseDeal { DealId = deal.Id, Won = false, Reason = "no income", Stage = "rejected" });

        Assert.Contains("several lost stages (rejected, withdrawn); say which with --stage", error.Message);
        Assert.Equal(("rejected", DealStatus.Lost, "no income"), (lost.Stage, lost.Status, lost.LostReason));
    }

    [Fact]
    public async Task CloseDeal_lost_picks_the_only_lost_stage_reachable_from_the_current_one()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var lost = await crm.Send(new CloseDeal { DealId = deal.Id, Won = false, Reason = "changed their mind" });

        Assert.Equal("withdrawn", lost.Stage);
    }

    [Fact]
    public async Task CloseDeal_lost_needs_a_reason()
    {
        await using var crm = TestCrm.Create();
        var deal = await NewCard(crm, (await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = false }));

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task CloseDeal_with_a_stage_of_the_wrong_kind_is_not_found_listing_the_right_ones()
    {
        await using var crm = TestCrm.Create();
        var deal = await NewCard(crm, (await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Stage = "declined" }));

        Assert.Equal("No won stage 'declined' exists; funnel 'card' has: activated_gold, activated_classic.", error.Message);
    }

    [Fact]
    public async Task A_closed_deal_cannot_be_closed_again()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await NewCard(crm, ada.Id);
        var won = await crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Stage = "activated_classic" });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = false, Reason = "changed", Stage = "declined" }));

        Assert.Contains("already closed as won at 'activated_classic'", error.Message);
        Assert.Equal(won, crm.Store.GetDeal(deal.Id));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Closing_a_closed_deal_without_naming_a_stage_says_it_is_closed(bool won)
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "no longer needed" });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new CloseDeal { DealId = deal.Id, Won = won, Reason = "again" }));

        Assert.Equal($"Deal '{deal.Id}' is already closed as lost at 'withdrawn'; open a new deal instead.", error.Message);
    }

    [Fact]
    public async Task Winning_a_deal_of_a_former_customer_makes_them_a_customer_again()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await NewCard(crm, ada.Id);
        await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Lifecycle = LifecycleStage.Former });

        await crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Stage = "activated_gold" });

        Assert.Equal(LifecycleStage.Customer, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
    }

    [Fact]
    public async Task Losing_a_deal_leaves_the_customer_where_they_are()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await NewCard(crm, ada.Id);

        await crm.Send(new CloseDeal { DealId = deal.Id, Won = false, Reason = "no" });

        Assert.Equal(LifecycleStage.Prospect, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
    }
}
