namespace Crm.Framework.Cases;

/// <summary>An SLA target of an active case that is due soon or already missed.</summary>
/// <param name="Case">The case.</param>
/// <param name="Target">Which target.</param>
/// <param name="Due">When it is due (for the resolution: moved by the time waiting on the customer).</param>
/// <param name="Left">Wall-clock time left; negative when overdue.</param>
public sealed record SlaAlert(ServiceCase Case, SlaTarget Target, DateTimeOffset Due, TimeSpan Left)
{
    /// <summary>True when the target is missed.</summary>
    public bool Breached => Left < TimeSpan.Zero;
}
