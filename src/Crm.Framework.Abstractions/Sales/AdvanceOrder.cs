namespace Crm.Framework.Sales;

/// <summary>
/// Moves an order to its next status: new → confirmed → in fulfilment → fulfilled, or cancelled (with a reason)
/// from any status before fulfilled. Returns it.
/// </summary>
public sealed record AdvanceOrder : ICrmCommand<Order>
{
    /// <summary>The order id or number.</summary>
    public required string OrderId { get; init; }
    /// <summary>The status to move to.</summary>
    public OrderStatus Status { get; init; }
    /// <summary>Why; required to cancel.</summary>
    public string? Reason { get; init; }
}
