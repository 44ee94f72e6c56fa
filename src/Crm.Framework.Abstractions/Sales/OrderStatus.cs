namespace Crm.Framework.Sales;

/// <summary>Where an order is: new → confirmed → in fulfilment → fulfilled; cancelled from any state before fulfilled.</summary>
public enum OrderStatus
{
    /// <summary>Placed from an accepted quote.</summary>
    New,
    /// <summary>Confirmed with the customer.</summary>
    Confirmed,
    /// <summary>Being delivered.</summary>
    InFulfilment,
    /// <summary>Delivered in full.</summary>
    Fulfilled,
    /// <summary>Cancelled, with a reason.</summary>
    Cancelled,
}

/// <summary>One status change of an order, with who, when and why.</summary>
/// <param name="From">The previous status; null when the order was placed.</param>
/// <param name="To">The new status.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Reason">Why (required to cancel).</param>
public sealed record OrderStatusChange(OrderStatus? From, OrderStatus To, DateTimeOffset At, string By, string? Reason = null);
