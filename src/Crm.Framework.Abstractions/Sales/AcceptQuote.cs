namespace Crm.Framework.Sales;

/// <summary>
/// Records that the customer accepted a sent, still valid quote, and places the order with its lines and totals —
/// in one unit of work. The deal's other open quotes are declined as superseded; the deal itself is not moved.
/// </summary>
/// <param name="QuoteId">The quote.</param>
public sealed record AcceptQuote(string QuoteId) : ICrmCommand<AcceptedQuote>;

/// <summary>The accepted quote and the order placed from it.</summary>
/// <param name="Quote">The quote, now accepted.</param>
/// <param name="Order">The new order.</param>
public sealed record AcceptedQuote(Quote Quote, Order Order);
