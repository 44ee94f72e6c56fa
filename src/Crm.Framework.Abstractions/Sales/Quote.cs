namespace Crm.Framework.Sales;

/// <summary>A priced offer for a deal: lines, discounts, taxes and totals in the deal's currency.</summary>
public sealed record Quote
{
    /// <summary>The id, e.g. <c>Q-7KQ2M9XH4T</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The number people quote, e.g. <c>Q-2026-0001</c>: sequential per year.</summary>
    public required string Number { get; init; }
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The deal it prices.</summary>
    public required string DealId { get; init; }
    /// <summary>The currency of every amount: the deal's.</summary>
    public required string Currency { get; init; }
    /// <summary>The stored status (see <see cref="StatusOn"/> for expiry).</summary>
    public QuoteStatus Status { get; init; }
    /// <summary>The last day the customer may accept it.</summary>
    public DateOnly ValidUntil { get; init; }
    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<QuoteLine> Lines { get; init; } = [];
    /// <summary>The discount on the whole quote, if any.</summary>
    public Discount? Discount { get; init; }
    /// <summary>The sum of the lines' net amounts.</summary>
    public Money Subtotal { get; init; }
    /// <summary>The quote-level discount in money.</summary>
    public Money DiscountTotal { get; init; }
    /// <summary>The sum of the lines' taxes.</summary>
    public Money Tax { get; init; }
    /// <summary>Subtotal − discount + tax.</summary>
    public Money Total { get; init; }
    /// <summary>A note printed on the proposal.</summary>
    public string? Notes { get; init; }
    /// <summary>Why it was declined.</summary>
    public string? DeclineReason { get; init; }
    /// <summary>The order placed when it was accepted.</summary>
    public string? OrderId { get; init; }
    /// <summary>Who wrote it.</summary>
    public string? CreatedBy { get; init; }
    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it was sent.</summary>
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>When it was accepted or declined.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }

    /// <summary>The status as of <paramref name="today"/>: a draft or sent quote past its valid-until date is <see cref="QuoteStatus.Expired"/>.</summary>
    public QuoteStatus StatusOn(DateOnly today) =>
        Status is QuoteStatus.Draft or QuoteStatus.Sent && today > ValidUntil ? QuoteStatus.Expired : Status;
}
