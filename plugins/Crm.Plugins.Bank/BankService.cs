using Crm.Framework.Cases;

namespace Crm.Plugins.Bank;

/// <summary>
/// The bank's service levels. Private-banking and premium (affluent) customers are answered by their relationship
/// team within extended hours; every other complaint follows the regulator's rule of a written answer within
/// 15 business days. Other cases fall back to the kernel's standard policy. Time runs in Tallinn business hours,
/// without Estonian public holidays.
/// </summary>
public static class BankService
{
    /// <summary>Estonian public holidays of 2026 that fall on a working day.</summary>
    public static IReadOnlyList<DateOnly> EstonianHolidays2026 { get; } =
    [
        new(2026, 1, 1), new(2026, 2, 24), new(2026, 4, 3), new(2026, 5, 1), new(2026, 6, 23),
        new(2026, 6, 24), new(2026, 8, 20), new(2026, 12, 24), new(2026, 12, 25),
    ];

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The premium desk: Monday to Friday, 08:00–20:00 Tallinn time.</summary>
    public static BusinessHours PremiumDeskHours { get; } = new(Weekdays, new TimeOnly(8, 0), new TimeOnly(20, 0), "Europe/Tallinn")
    {
        Holidays = EstonianHolidays2026,
    };

    /// <summary>Branches and the complaints unit: Monday to Friday, 09:00–18:00 Tallinn time.</summary>
    public static BusinessHours BranchHours { get; } = new(Weekdays, new TimeOnly(9, 0), new TimeOnly(18, 0), "Europe/Tallinn")
    {
        Holidays = EstonianHolidays2026,
    };

    /// <summary>Private-banking customers (<c>segment = private</c>): the fastest answers, escalated to the head of premium and private banking.</summary>
    public static SlaPolicy PrivateBanking { get; } = new("bank_private_banking", "Private banking", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(2)),
        [CasePriority.High] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(6)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(2), TimeSpan.FromHours(12)),
        [CasePriority.Low] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
    })
    {
        Segment = CustomerSegment.WithField("segment", "private"),
        Hours = PremiumDeskHours,
        EscalateTo = BankTeams.HeadOfPremiumBanking,
    };

    /// <summary>Affluent customers with the premium package (<c>segment = affluent</c>), escalated to the premium banking team's lead.</summary>
    public static SlaPolicy Premium { get; } = new("bank_premium", "Premium banking", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        [CasePriority.High] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        [CasePriority.Low] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(36)),
    })
    {
        Segment = CustomerSegment.WithField("segment", "affluent"),
        Hours = PremiumDeskHours,
        EscalationTeam = BankTeams.PremiumBanking.Key,
    };

    /// <summary>
    /// Complaints of every other customer: acknowledged within a business day (sooner when urgent) and answered in
    /// writing within 15 business days, escalated to the complaints officer.
    /// </summary>
    public static SlaPolicy Complaints { get; } = new("bank_complaints", "Complaints (15 business days)", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromHours(2), TimeSpan.FromHours(3 * 9)),
        [CasePriority.High] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(5 * 9)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(9), TimeSpan.FromHours(15 * 9)),
        [CasePriority.Low] = new(TimeSpan.FromHours(9), TimeSpan.FromHours(15 * 9)),
    })
    {
        CaseTypes = [CaseType.Complaint],
        Hours = BranchHours,
        EscalateTo = BankTeams.ComplaintsOfficer,
    };
}
