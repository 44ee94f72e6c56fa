namespace Crm.Framework.Sales;

/// <summary>Reads one quote.</summary>
/// <param name="QuoteId">The quote id or number (<c>Q-2026-0001</c>).</param>
public sealed record GetQuote(string QuoteId) : ICrmQuery<Quote>;
