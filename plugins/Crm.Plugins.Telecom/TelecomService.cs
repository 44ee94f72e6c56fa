using Crm.Framework.Cases;

namespace Crm.Plugins.Telecom;

/// <summary>
/// The operator's service levels. Network and broadband incidents are worked around the clock by the network
/// operations centre; enterprise accounts get the business care desk's targets in UK office hours. Everything
/// else falls back to the kernel's standard policy.
/// </summary>
public static class TelecomService
{
    /// <summary>Bank holidays in England and Wales in 2026 that fall on a working day.</summary>
    public static IReadOnlyList<DateOnly> UkBankHolidays2026 { get; } =
    [
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4),
        new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
    ];

    /// <summary>Around the clock, every day of the year.</summary>
    public static BusinessHours AroundTheClock { get; } = BusinessHours.AroundTheClock("Europe/London");

    /// <summary>The business care desk: Monday to Friday, 08:00–18:00 UK time.</summary>
    public static BusinessHours BusinessCareHours { get; } = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(8, 0), new TimeOnly(18, 0), "Europe/London")
    {
        Holidays = UkBankHolidays2026,
    };

    /// <summary>
    /// Incidents (no signal, broadband down, a mast or a cabinet out), for every subscriber, 24/7; an urgent one is a
    /// total loss of service. A missed target goes to the lead of the network operations centre.
    /// </summary>
    public static SlaPolicy NetworkOutage { get; } = new("telecom_network_outage", "Network and broadband incidents (24/7)", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        [CasePriority.High] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        [CasePriority.Low] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(72)),
    })
    {
        CaseTypes = [CaseType.Incident],
        Hours = AroundTheClock,
        EscalationTeam = TelecomTeams.NetworkOperations.Key,
    };

    /// <summary>Every other case of an enterprise account (<c>subscriber_segment = enterprise</c>), escalated to the head of business care.</summary>
    public static SlaPolicy EnterpriseCare { get; } = new("telecom_enterprise_care", "Enterprise accounts", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        [CasePriority.High] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(10)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(20)),
        [CasePriority.Low] = new(TimeSpan.FromHours(10), TimeSpan.FromHours(50)),
    })
    {
        Segment = CustomerSegment.WithField("subscriber_segment", "enterprise"),
        Hours = BusinessCareHours,
        EscalateTo = TelecomTeams.HeadOfBusinessCare,
    };
}
