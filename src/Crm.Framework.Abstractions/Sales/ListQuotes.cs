namespace Crm.Framework.Sales;

/// <summary>Lists quotes, newest first; every criterion given must match.</summary>
public sealed record ListQuotes : ICrmQuery<IReadOnlyList<Quote>>
{
    /// <summary>Only this deal's quotes.</summary>
    public string? DealId { get; init; }
    /// <summary>Only this customer's quotes.</summary>
    public string? CustomerId { get; init; }
    /// <summary>Only quotes in this status as of today (<see cref="QuoteStatus.Expired"/> included).</summary>
    public QuoteStatus? Status { get; init; }
    /// <summary>At most this many. Default 500.</summary>
    public int Limit { get; init; } = 500;
}
