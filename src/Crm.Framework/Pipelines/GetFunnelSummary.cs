using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Pipelines;

/// <summary>Counts and sums the funnel's deals per stage in one currency.</summary>
public sealed class GetFunnelSummaryHandler(ICrmStore store, CrmSchema schema) : IRequestHandler<GetFunnelSummary, FunnelSummary>
{
    /// <inheritdoc />
    public Task<FunnelSummary> Handle(GetFunnelSummary request, CancellationToken cancellationToken)
    {
        var funnel = schema.RequireFunnel(request.Funnel);
        var deals = store.FindDeals(new ListDeals { Funnel = funnel.Key, Limit = int.MaxValue });
        var currency = request.Currency is { } c
            ? Money.NormalizeCurrency(c)
            : deals.GroupBy(d => d.Amount.Currency).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.Key ?? "EUR";
        var inCurrency = deals.Where(d => d.Amount.Currency == currency).ToList();
        var rows = funnel.Stages.Select(stage =>
        {
            var at = inCurrency.Where(d => d.Stage == stage.Key).ToList();
            var amount = at.Sum(d => d.Amount.Amount);
            return new StageSummary(stage.Key, stage.Name, stage.Kind, stage.Probability, at.Count, amount, decimal.Round(amount * stage.Probability, 2));
        }).ToList();
        return Task.FromResult(new FunnelSummary(funnel.Key, funnel.Name, currency, rows, deals.Count - inCurrency.Count));
    }
}
