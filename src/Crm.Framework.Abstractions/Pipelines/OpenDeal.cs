namespace Crm.Framework.Pipelines;

/// <summary>Opens a deal for a customer at the start stage of a funnel. A lead becomes a prospect.</summary>
public sealed record OpenDeal : ICrmCommand<Deal>
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The funnel key.</summary>
    public required string Funnel { get; init; }
    /// <summary>A short title.</summary>
    public required string Title { get; init; }
    /// <summary>The amount; must not be negative.</summary>
    public required Money Amount { get; init; }
    /// <summary>The responsible user; default: the customer's owner, else the current user.</summary>
    public string? Owner { get; init; }
    /// <summary>Expected close date.</summary>
    public DateOnly? ExpectedClose { get; init; }
    /// <summary>Deal field values by key.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}
