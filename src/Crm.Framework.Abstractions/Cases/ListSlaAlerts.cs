namespace Crm.Framework.Cases;

/// <summary>Lists the SLA targets of active cases that are missed or due within <see cref="Within"/>, most overdue first.</summary>
public sealed record ListSlaAlerts : ICrmQuery<IReadOnlyList<SlaAlert>>
{
    /// <summary>How soon a target must be due to count as at risk. Default 2 hours; zero lists only breaches.</summary>
    public TimeSpan Within { get; init; } = TimeSpan.FromHours(2);
}
