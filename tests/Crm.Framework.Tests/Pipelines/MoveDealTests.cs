using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Pipelines;

public sealed class MoveDealTests
{
    [Fact]
    public async Task MoveDeal_to_an_allowed_stage_records_who_when_and_why()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        crm.Clock.Advance(TimeSpan.FromDays(1));

        var moved = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review", Reason = " papers in ", ExpectedVersion = 1 });

        Assert.Equal(("review", DealStatus.Open, 2L), (moved.Stage, moved.Status, moved.Version));
        Assert.Equal(new StageChange("application", "review", crm.Clock.GetUtcNow(), "tester", "papers in"), moved.History[^1]);
        Assert.Null(moved.ClosedAt);
        Assert.Equal(moved, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task MoveDeal_to_a_stage_not_next_is_refused_listing_the_allowed_next_stages()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new MoveDeal { DealId = deal.Id, Stage = "approval", Fields = TestCrm.Fields(("collateral", "car")) }));

        Assert.Equal($"Deal '{deal.Id}' cannot move from 'application' to 'approval' in funnel 'loan'; allowed next stages: review, withdrawn.", error.Message);
        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task MoveDeal_to_the_stage_it_is_at_is_refused()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.Send(new OpenDeal { CustomerId = (await crm.NewCustomer()).Id, Funnel = TestSchema.CardFunnel, Title = "Gold card", Amount = Money.Of(0, "EUR") });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "applied" }));

        Assert.Contains("allowed next stages: activated_gold, activated_classic, declined", error.Message);
    }

    [Fact]
    public async Task MoveDeal_to_an_unknown_stage_is_not_found_listing_the_stages()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "paid" }));

        Assert.Contains("funnel 'loan' has: application, review, approval, disbursed, rejected, withdrawn", error.Message);
    }

    [Fact]
    public async Task MoveDeal_into_a_stage_that_requires_collateral_fails_without_it()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        var reviewed = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review" });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "approval" }));

        var missing = Assert.Single(error.Errors);
        Assert.Equal("collateral", missing.Field);
        Assert.Equal("Field 'collateral' is required to enter stage 'approval' of funnel 'loan' (Collateral); pass it as --field collateral=....", error.Message);
        Assert.Equal(reviewed, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task Fields_given_with_the_move_count_for_the_stage_requirements_and_are_kept()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var approved = await crm.ToApproval(deal);

        Assert.Equal("approval", approved.Stage);
        Assert.Equal("car", approved.Fields["collateral"]);
    }

    [Fact]
    public async Task Fields_given_with_a_refused_move_are_not_kept()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new MoveDeal { DealId = deal.Id, Stage = "approval", Fields = TestCrm.Fields(("collateral", "car")) }));

        Assert.Empty(crm.Store.GetDeal(deal.Id)!.Fields);
    }

    [Fact]
    public async Task Moving_to_a_lost_stage_needs_a_reason()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "  " }));

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Contains("say why it was lost", error.Message);
        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task Moving_to_a_lost_stage_closes_the_deal_with_its_reason()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        var lost = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = " found a cheaper loan " });

        Assert.Equal((DealStatus.Lost, "found a cheaper loan", crm.Clock.GetUtcNow()), (lost.Status, lost.LostReason, lost.ClosedAt));
    }

    [Theory]
    [InlineData("review")]
    [InlineData("rejected")]
    public async Task A_closed_deal_is_final(string stage)
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        var lost = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "no longer needed" });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Reason = "retry" }));

        Assert.Equal($"Deal '{deal.Id}' is already closed as lost at 'withdrawn'; open a new deal instead.", error.Message);
        Assert.Equal(lost, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task MoveDeal_based_on_a_stale_version_is_refused()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        var reviewed = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review" });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "x", ExpectedVersion = 1 }));

        Assert.Equal("deal", error.Kind);
        Assert.Equal(reviewed, crm.Store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task MoveDeal_to_a_won_stage_makes_the_customer_a_customer()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await crm.ToApproval(await crm.NewLoan(ada.Id));

        var won = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "disbursed", Fields = TestCrm.Fields(("signed_on", "2026-01-20")) });

        Assert.Equal(DealStatus.Won, won.Status);
        Assert.Null(won.LostReason);
        Assert.Equal(LifecycleStage.Customer, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
    }

    [Fact]
    public async Task MoveDeal_raises_DealStageChanged_and_on_a_close_DealClosed()
    {
        var changed = new List<DealStageChanged>();
        var closed = new List<DealClosed>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(changed).AddEventProbe(closed));
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review" });
        var lost = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "rejected", Reason = "income too low" });

        Assert.Equal([("application", "review"), ("review", "rejected")], changed.Select(e => (e.FromStage, e.ToStage)));
        var close = Assert.Single(closed);
        Assert.False(close.Won);
        Assert.Equal(lost, close.Deal);
    }

    [Fact]
    public async Task MoveDeal_of_an_unknown_deal_is_not_found()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new MoveDeal { DealId = "D-NONE", Stage = "review" }));

        Assert.Contains("list deals with 'crm deals list'", error.Message);
    }
}
