using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Pipelines;

public sealed class ListDealsTests
{
    [Fact]
    public async Task ListDeals_filters_by_every_criterion_given_newest_first()
    {
        await using var crm = TestCrm.Create();
        var ada = (await crm.NewCustomer("Ada")).Id;
        var grace = (await crm.NewCustomer("Grace")).Id;
        var first = await crm.NewLoan(ada);
        crm.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await crm.NewLoan(ada);
        crm.Clock.Advance(TimeSpan.FromMinutes(1));
        var graces = await crm.NewLoan(grace);
        await crm.Send(new MoveDeal { DealId = second.Id, Stage = "withdrawn", Reason = "duplicate" });

        Assert.Equal([graces.Id, second.Id, first.Id], (await crm.Send(new ListDeals())).Select(d => d.Id));
        Assert.Equal([second.Id, first.Id], (await crm.Send(new ListDeals { CustomerId = ada })).Select(d => d.Id));
        Assert.Equal([graces.Id, first.Id], (await crm.Send(new ListDeals { Status = DealStatus.Open, Funnel = "loan" })).Select(d => d.Id));
        Assert.Equal([second.Id], (await crm.Send(new ListDeals { Stage = "withdrawn" })).Select(d => d.Id));
        Assert.Equal([graces.Id], (await crm.Send(new ListDeals { Limit = 1 })).Select(d => d.Id));
    }

    [Fact]
    public async Task GetDeal_returns_the_deal_or_is_not_found()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        Assert.Equal(deal, await crm.Send(new GetDeal(deal.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetDeal("D-NONE")));
    }
}
