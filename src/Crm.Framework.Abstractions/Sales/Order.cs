namespace Crm.Framework.Sales;

/// <summary>An order placed from an accepted quote, tracked to fulfilment.</summary>
public sealed record Order
{
    /// <summary>The id, e.g. <c>O-7KQ2M9XH4T</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The number people quote, e.g. <c>O-2026-0001</c>: sequential per year.</summary>
    public required string Number { get; init; }
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The deal.</summary>
    public required string DealId { get; init; }
    /// <summary>The accepted quote.</summary>
    public required string QuoteId { get; init; }
    /// <summary>The accepted quote's number.</summary>
    public required string QuoteNumber { get; init; }
    /// <summary>The status.</summary>
    public OrderStatus Status { get; init; }
    /// <summary>The quote's lines, as accepted.</summary>
    public IReadOnlyList<QuoteLine> Lines { get; init; } = [];
    /// <summary>The quote's subtotal.</summary>
    public Money Subtotal { get; init; }
    /// <summary>The quote's discount.</summary>
    public Money DiscountTotal { get; init; }
    /// <summary>The quote's tax.</summary>
    public Money Tax { get; init; }
    /// <summary>The quote's total: what the customer pays.</summary>
    public Money Total { get; init; }
    /// <summary>Why it was cancelled.</summary>
    public string? CancelReason { get; init; }
    /// <summary>Every status it entered, oldest first.</summary>
    public IReadOnlyList<OrderStatusChange> History { get; init; } = [];
    /// <summary>When it was placed.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}
