namespace Crm.Framework.Cases;

/// <summary>
/// Moves a case to another status if the lifecycle allows it: resolving (with a resolution and the customer's
/// satisfaction), closing, reopening a resolved case, waiting on the customer and back. Returns the case.
/// </summary>
public sealed record MoveCase : ICrmCommand<ServiceCase>
{
    /// <summary>The case.</summary>
    public required string CaseId { get; init; }
    /// <summary>The status to move to.</summary>
    public required CaseStatus Status { get; init; }
    /// <summary>A note for the history, e.g. why it is reopened.</summary>
    public string? Note { get; init; }
    /// <summary>How it was resolved (resolving only).</summary>
    public string? Resolution { get; init; }
    /// <summary>The customer's satisfaction (resolving or closing only).</summary>
    public CaseSatisfaction? Satisfaction { get; init; }
}
