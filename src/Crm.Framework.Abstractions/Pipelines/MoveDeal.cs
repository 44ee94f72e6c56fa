namespace Crm.Framework.Pipelines;

/// <summary>
/// Moves a deal to another stage of its funnel. The move must be allowed from the current stage and
/// the deal must have every field the target stage requires (<see cref="Fields"/> are set first).
/// Moving to a lost stage needs a <see cref="Reason"/>.
/// </summary>
public sealed record MoveDeal : ICrmCommand<Deal>
{
    /// <summary>The deal.</summary>
    public required string DealId { get; init; }
    /// <summary>The target stage key.</summary>
    public required string Stage { get; init; }
    /// <summary>Deal field values to set with the move.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
    /// <summary>A note for the stage history; required (as the lost reason) when the target is a lost stage.</summary>
    public string? Reason { get; init; }
    /// <summary>The version the move is based on; null: the current one.</summary>
    public long? ExpectedVersion { get; init; }
}
