using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Pipelines;

public sealed class GetFunnelSummaryTests
{
    /// <summary>EUR: application 1000 + 2000, review 4000, approval 10000, disbursed 5000, rejected 3000; USD: application 7000.</summary>
    private static async Task<CrmTestHost> LoanBook()
    {
        var crm = TestCrm.Create();
        var ada = (await crm.NewCustomer()).Id;
        await crm.NewLoan(ada, 1000m);
        await crm.NewLoan(ada, 2000m);
        await crm.NewLoan(ada, 7000m, "USD");
        await crm.Send(new MoveDeal { DealId = (await crm.NewLoan(ada, 4000m)).Id, Stage = "review" });
        await crm.ToApproval(await crm.NewLoan(ada, 10_000m));
        var won = await crm.ToApproval(await crm.NewLoan(ada, 5000m));
        await crm.Send(new CloseDeal { DealId = won.Id, Won = true, Fields = TestCrm.Fields(("signed_on", "2026-01-20")) });
        var lost = await crm.NewLoan(ada, 3000m);
        await crm.Send(new MoveDeal { DealId = lost.Id, Stage = "review" });
        await crm.Send(new MoveDeal { DealId = lost.Id, Stage = "rejected", Reason = "income too low" });
        return crm;
    }

    [Fact]
    public async Task Summary_counts_and_sums_each_stage_in_funnel_order_with_weighted_amounts()
    {
        await using var crm = await LoanBook();

        var summary = await crm.Send(new GetFunnelSummary(TestSchema.LoanFunnel));

        Assert.Equal(("loan", "Loan origination", "EUR"), (summary.Funnel, summary.Name, summary.Currency));
        Assert.Equal(
            [
                new StageSummary("application", "Application", StageKind.Open, 0.1m, 2, 3000m, 300m),
                new StageSummary("review", "Review", StageKind.Open, 0.4m, 1, 4000m, 1600m),
                new StageSummary("approval", "Approval", StageKind.Open, 0.75m, 1, 10_000m, 7500m),
                new StageSummary("disbursed", "Disbursed", StageKind.Won, 1m, 1, 5000m, 5000m),
                new StageSummary("rejected", "Rejected", StageKind.Lost, 0m, 1, 3000m, 0m),
                new StageSummary("withdrawn", "Withdrawn", StageKind.Lost, 0m, 0, 0m, 0m),
            ],
            summary.Stages);
        Assert.Equal(6, summary.TotalCount);
        Assert.Equal(17_000m, summary.OpenAmount);
        Assert.Equal(9400m, summary.WeightedOpenAmount);
        Assert.Equal(5000m, summary.WonAmount);
        Assert.Equal(0.5m, summary.WinRate);
    }

    [Fact]
    public async Task Deals_in_another_currency_are_left_out_and_counted()
    {
        await using var crm = await LoanBook();

        var eur = await crm.Send(new GetFunnelSummary(TestSchema.LoanFunnel));
        var usd = await crm.Send(new GetFunnelSummary(TestSchema.LoanFunnel, "usd"));

        Assert.Equal(1, eur.OtherCurrencyDeals);
        Assert.Equal(("USD", 1, 7000m, 700m, 6), (usd.Currency, usd.TotalCount, usd.OpenAmount, usd.WeightedOpenAmount, usd.OtherCurrencyDeals));
        Assert.Null(usd.WinRate);
    }

    [Fact]
    public async Task An_empty_funnel_reports_zeros_and_no_win_rate()
    {
        await using var crm = TestCrm.Create();

        var summary = await crm.Send(new GetFunnelSummary(TestSchema.CardFunnel));

        Assert.Equal(0, summary.TotalCount);
        Assert.Equal(4, summary.Stages.Count);
        Assert.Null(summary.WinRate);
    }

    [Fact]
    public async Task Summary_of_an_unknown_funnel_is_not_found_listing_the_funnels()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetFunnelSummary("mortgage")));

        Assert.Equal("No funnel 'mortgage' exists; known funnels: card, loan.", error.Message);
    }

    [Fact]
    public async Task Summary_in_a_currency_that_is_no_code_is_refused()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new GetFunnelSummary(TestSchema.LoanFunnel, "euro")));

        Assert.Equal("currency", Assert.Single(error.Errors).Field);
    }
}
