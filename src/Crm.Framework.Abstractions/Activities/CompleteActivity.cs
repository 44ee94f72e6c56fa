namespace Crm.Framework.Activities;

/// <summary>
/// Marks an open activity done. A call or meeting about a customer is logged as an interaction on the
/// customer's card (with the outcome and the call script); a recurring activity gets its next occurrence.
/// Returns the completed activity.
/// </summary>
public sealed record CompleteActivity : ICrmCommand<Activity>
{
    /// <summary>The activity.</summary>
    public required string ActivityId { get; init; }
    /// <summary>The result, e.g. <c>agreed to a meeting</c>.</summary>
    public string? Outcome { get; init; }
    /// <summary>Notes on how it went.</summary>
    public string? Notes { get; init; }
    /// <summary>The declared call script used, if any.</summary>
    public string? Script { get; init; }
}
