using Crm.Framework.Fields;

namespace Crm.Framework.Interactions;

/// <summary>One touch with a customer on one channel.</summary>
public sealed record Interaction
{
    /// <summary>The id, e.g. <c>I-...</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The customer touched.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The channel key.</summary>
    public required string Channel { get; init; }
    /// <summary>Inbound, outbound or internal.</summary>
    public InteractionDirection Direction { get; init; }
    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }
    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }
    /// <summary>The result, e.g. <c>interested</c>, <c>callback requested</c>.</summary>
    public string? Outcome { get; init; }
    /// <summary>The deal it concerns, if any.</summary>
    public string? DealId { get; init; }
    /// <summary>The call script used, if any.</summary>
    public string? Script { get; init; }
    /// <summary>Who logged it.</summary>
    public string? LoggedBy { get; init; }
    /// <summary>Custom field values (target <see cref="FieldTarget.Interaction"/>).</summary>
    public FieldValues Fields { get; init; } = FieldValues.Empty;
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}
