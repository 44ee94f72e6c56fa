namespace Crm.Framework.Sales;

/// <summary>Lists orders, newest first; every criterion given must match.</summary>
public sealed record ListOrders : ICrmQuery<IReadOnlyList<Order>>
{
    /// <summary>Only this customer's orders.</summary>
    public string? CustomerId { get; init; }
    /// <summary>Only this deal's orders.</summary>
    public string? DealId { get; init; }
    /// <summary>Only orders in this status.</summary>
    public OrderStatus? Status { get; init; }
    /// <summary>At most this many. Default 500.</summary>
    public int Limit { get; init; } = 500;
}
