namespace Crm.Framework.Sales;

/// <summary>Marks a draft quote as sent to the customer; it can no longer be edited. Returns it.</summary>
/// <param name="QuoteId">The quote.</param>
public sealed record SendQuote(string QuoteId) : ICrmCommand<Quote>;
