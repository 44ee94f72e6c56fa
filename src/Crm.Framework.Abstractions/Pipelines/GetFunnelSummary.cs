namespace Crm.Framework.Pipelines;

/// <summary>
/// Count, amount and weighted amount (amount × stage probability) per stage of a funnel, in one currency.
/// Deals in other currencies are not converted; they are counted in <see cref="FunnelSummary.OtherCurrencyDeals"/>.
/// </summary>
/// <param name="Funnel">The funnel key.</param>
/// <param name="Currency">The currency to report in; default: the one most of the funnel's deals use.</param>
public sealed record GetFunnelSummary(string Funnel, string? Currency = null) : ICrmQuery<FunnelSummary>;

/// <summary>The funnel report.</summary>
/// <param name="Funnel">The funnel key.</param>
/// <param name="Name">The funnel name.</param>
/// <param name="Currency">The currency of every amount in the report.</param>
/// <param name="Stages">One row per stage, in funnel order.</param>
/// <param name="OtherCurrencyDeals">Deals left out because they are in another currency.</param>
public sealed record FunnelSummary(string Funnel, string Name, string Currency, IReadOnlyList<StageSummary> Stages, int OtherCurrencyDeals)
{
    /// <summary>All deals in the report.</summary>
    public int TotalCount => Stages.Sum(s => s.Count);
    /// <summary>Amount of the open deals.</summary>
    public decimal OpenAmount => Stages.Where(s => s.Kind == StageKind.Open).Sum(s => s.Amount);
    /// <summary>Weighted amount of the open deals: the forecast.</summary>
    public decimal WeightedOpenAmount => Stages.Where(s => s.Kind == StageKind.Open).Sum(s => s.WeightedAmount);
    /// <summary>Amount won.</summary>
    public decimal WonAmount => Stages.Where(s => s.Kind == StageKind.Won).Sum(s => s.Amount);
    /// <summary>Won deals as a share of closed deals, 0..1; null before anything closed.</summary>
    public decimal? WinRate
    {
        get
        {
            var won = Stages.Where(s => s.Kind == StageKind.Won).Sum(s => s.Count);
            var closed = won + Stages.Where(s => s.Kind == StageKind.Lost).Sum(s => s.Count);
            return closed == 0 ? null : (decimal)won / closed;
        }
    }
}

/// <summary>One stage row of the funnel report.</summary>
/// <param name="Stage">Stage key.</param>
/// <param name="Name">Stage name.</param>
/// <param name="Kind">Open, won or lost.</param>
/// <param name="Probability">The stage probability.</param>
/// <param name="Count">Deals at the stage.</param>
/// <param name="Amount">Their amount.</param>
/// <param name="WeightedAmount">Amount × probability.</param>
public sealed record StageSummary(string Stage, string Name, StageKind Kind, decimal Probability, int Count, decimal Amount, decimal WeightedAmount);
