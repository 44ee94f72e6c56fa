namespace Crm.Framework.Activities;

/// <summary>Activities matching every filter given, soonest due first (those without a due time last).</summary>
public sealed record ListActivities : ICrmQuery<IReadOnlyList<Activity>>
{
    /// <summary>Only this user's.</summary>
    public string? Owner { get; init; }
    /// <summary>Only about this customer.</summary>
    public string? CustomerId { get; init; }
    /// <summary>Only about this deal.</summary>
    public string? DealId { get; init; }
    /// <summary>Only about this case.</summary>
    public string? CaseId { get; init; }
    /// <summary>Only in this status; null for every status.</summary>
    public ActivityStatus? Status { get; init; }
    /// <summary>Only of this kind.</summary>
    public ActivityKind? Kind { get; init; }
    /// <summary>Only open activities whose due time has passed.</summary>
    public bool Overdue { get; init; }
    /// <summary>Only open activities due from now to now plus this span (e.g. the next 24 hours).</summary>
    public TimeSpan? DueWithin { get; init; }
    /// <summary>At most this many (1–10 000). Default 100.</summary>
    public int Limit { get; init; } = 100;
}
