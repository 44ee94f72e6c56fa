namespace Crm.Framework.Pipelines;

/// <summary>
/// Closes a deal as won or lost by moving it to its funnel's won or lost stage (or <see cref="Stage"/>
/// when the funnel has several). Lost needs a reason. A won deal makes its customer a customer.
/// </summary>
public sealed record CloseDeal : ICrmCommand<Deal>
{
    /// <summary>The deal.</summary>
    public required string DealId { get; init; }
    /// <summary>Won or lost.</summary>
    public required bool Won { get; init; }
    /// <summary>Why it was lost (required when lost), or a closing note.</summary>
    public string? Reason { get; init; }
    /// <summary>The won or lost stage, when the funnel has more than one of that kind.</summary>
    public string? Stage { get; init; }
    /// <summary>Deal field values to set with the close.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}
