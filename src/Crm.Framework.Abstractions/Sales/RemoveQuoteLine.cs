namespace Crm.Framework.Sales;

/// <summary>Removes line <see cref="LineNo"/> from a draft quote; later lines are renumbered. Returns the repriced quote.</summary>
public sealed record RemoveQuoteLine : ICrmCommand<Quote>
{
    /// <summary>The quote.</summary>
    public required string QuoteId { get; init; }
    /// <summary>The line number, from 1.</summary>
    public int LineNo { get; init; }
}
