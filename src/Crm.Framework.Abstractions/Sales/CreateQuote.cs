namespace Crm.Framework.Sales;

/// <summary>Starts a draft quote for an open deal, in the deal's currency. Returns it.</summary>
public sealed record CreateQuote : ICrmCommand<Quote>
{
    /// <summary>The deal to price.</summary>
    public required string DealId { get; init; }
    /// <summary>The last day it may be accepted. Default: 30 days from today.</summary>
    public DateOnly? ValidUntil { get; init; }
    /// <summary>A discount on the whole quote (<c>5%</c> or an amount).</summary>
    public Discount? Discount { get; init; }
    /// <summary>A note printed on the proposal.</summary>
    public string? Notes { get; init; }
}
