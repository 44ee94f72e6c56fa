namespace Crm.Framework.Cases;

/// <summary>Lists cases, most urgent deadline first; every criterion given must match.</summary>
public sealed record ListCases : ICrmQuery<IReadOnlyList<ServiceCase>>
{
    /// <summary>Only this status.</summary>
    public CaseStatus? Status { get; init; }
    /// <summary>Only this owner's cases.</summary>
    public string? Owner { get; init; }
    /// <summary>Only this customer's cases.</summary>
    public string? CustomerId { get; init; }
    /// <summary>Only this team's cases.</summary>
    public string? Team { get; init; }
    /// <summary>Only cases that missed an SLA target (recorded, or overdue now).</summary>
    public bool Breached { get; init; }
    /// <summary>At most this many. Default 500.</summary>
    public int Limit { get; init; } = 500;
}
