using Crm.Framework.Fields;

namespace Crm.Framework.Pipelines;

/// <summary>A customer's way through a funnel: an opportunity with an amount, an owner and a stage history.</summary>
public sealed record Deal
{
    /// <summary>The id, e.g. <c>D-...</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The funnel key.</summary>
    public required string Funnel { get; init; }
    /// <summary>A short title, e.g. <c>Mortgage 25y — flat on Lime St</c>.</summary>
    public required string Title { get; init; }
    /// <summary>The current stage key.</summary>
    public required string Stage { get; init; }
    /// <summary>Open, won or lost (the kind of <see cref="Stage"/>).</summary>
    public DealStatus Status { get; init; }
    /// <summary>Amount and currency.</summary>
    public Money Amount { get; init; }
    /// <summary>The responsible user.</summary>
    public string? Owner { get; init; }
    /// <summary>When the deal is expected to close.</summary>
    public DateOnly? ExpectedClose { get; init; }
    /// <summary>Why it was lost.</summary>
    public string? LostReason { get; init; }
    /// <summary>When it was won or lost.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>Every stage the deal entered, oldest first, with who and when.</summary>
    public IReadOnlyList<StageChange> History { get; init; } = [];
    /// <summary>Custom field values (target <see cref="FieldTarget.Deal"/>).</summary>
    public FieldValues Fields { get; init; } = FieldValues.Empty;
    /// <summary>When it was opened.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}
