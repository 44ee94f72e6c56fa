namespace Crm.Framework.Activities;

/// <summary>
/// Calls off an open activity. For a recurring one, only this occurrence is cancelled and the next is scheduled,
/// unless <see cref="WholeSeries"/> ends the series. Returns the cancelled activity.
/// </summary>
public sealed record CancelActivity : ICrmCommand<Activity>
{
    /// <summary>The activity.</summary>
    public required string ActivityId { get; init; }
    /// <summary>Why.</summary>
    public string? Reason { get; init; }
    /// <summary>True to end a recurring series here instead of scheduling the next occurrence.</summary>
    public bool WholeSeries { get; init; }
}
