namespace Crm.Framework.Interactions;

/// <summary>Logs a touch with a customer. Returns the saved interaction.</summary>
public sealed record LogInteraction : ICrmCommand<Interaction>
{
    /// <summary>The customer touched.</summary>
    public required string CustomerId { get; init; }
    /// <summary>A declared channel key (kernel or plugin).</summary>
    public required string Channel { get; init; }
    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }
    /// <summary>Inbound (default), outbound or internal.</summary>
    public InteractionDirection Direction { get; init; } = InteractionDirection.Inbound;
    /// <summary>When it happened; default: now.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }
    /// <summary>The result.</summary>
    public string? Outcome { get; init; }
    /// <summary>The deal it concerns; must belong to the customer.</summary>
    public string? DealId { get; init; }
    /// <summary>The declared call script used, if any.</summary>
    public string? Script { get; init; }
    /// <summary>Custom field values by key.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}
