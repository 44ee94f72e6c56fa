namespace Crm.Framework.Sales;

/// <summary>Reads one order.</summary>
/// <param name="OrderId">The order id or number (<c>O-2026-0001</c>).</param>
public sealed record GetOrder(string OrderId) : ICrmQuery<Order>;
