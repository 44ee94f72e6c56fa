namespace Crm.Framework.Pipelines;

/// <summary>Lists deals, newest first; every criterion given must match.</summary>
public sealed record ListDeals : ICrmQuery<IReadOnlyList<Deal>>
{
    /// <summary>Only this funnel.</summary>
    public string? Funnel { get; init; }
    /// <summary>Only this stage.</summary>
    public string? Stage { get; init; }
    /// <summary>Only this customer's deals.</summary>
    public string? CustomerId { get; init; }
    /// <summary>Only open, won or lost deals.</summary>
    public DealStatus? Status { get; init; }
    /// <summary>Only this owner's deals.</summary>
    public string? Owner { get; init; }
    /// <summary>At most this many. Default 500.</summary>
    public int Limit { get; init; } = 500;
}
