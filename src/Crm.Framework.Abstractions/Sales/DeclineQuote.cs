namespace Crm.Framework.Sales;

/// <summary>Records that the customer declined a draft or sent quote. Returns it.</summary>
public sealed record DeclineQuote : ICrmCommand<Quote>
{
    /// <summary>The quote.</summary>
    public required string QuoteId { get; init; }
    /// <summary>Why, in the customer's words.</summary>
    public string? Reason { get; init; }
}
