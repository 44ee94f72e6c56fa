namespace Crm.Framework.Cases;

/// <summary>Where a case stands against its SLA: deadlines, the pause while waiting on the customer, alerts and breaches.</summary>
public static class CaseSla
{
    /// <summary>The first-response and resolution deadlines of a case of <paramref name="priority"/> opened at <paramref name="openedAt"/>.</summary>
    public static (DateTimeOffset FirstResponse, DateTimeOffset Resolution) Deadlines(SlaPolicy policy, CasePriority priority, DateTimeOffset openedAt)
    {
        var calendar = new BusinessCalendar(policy.Hours);
        var targets = policy.Targets[priority];
        return (calendar.Add(openedAt, targets.FirstResponse), calendar.Add(openedAt, targets.Resolution));
    }

    /// <summary>The resolution deadline as of <paramref name="now"/>: while the case waits on the customer, it moves on by the business time waited.</summary>
    public static DateTimeOffset ResolutionDue(ServiceCase @case, SlaPolicy policy, DateTimeOffset now)
    {
        if (@case.WaitingSince is not { } since) return @case.ResolutionDue;
        var calendar = new BusinessCalendar(policy.Hours);
        return calendar.Add(@case.ResolutionDue, calendar.Between(since, now));
    }

    /// <summary>The pending targets of an active case with their deadlines and time left (none for a resolved or closed case; no resolution target while waiting on the customer).</summary>
    public static IEnumerable<SlaAlert> Pending(ServiceCase @case, DateTimeOffset now)
    {
        if (!@case.IsActive) yield break;
        if (@case.FirstRespondedAt is null) yield return new SlaAlert(@case, SlaTarget.FirstResponse, @case.FirstResponseDue, @case.FirstResponseDue - now);
        if (@case.WaitingSince is null) yield return new SlaAlert(@case, SlaTarget.Resolution, @case.ResolutionDue, @case.ResolutionDue - now);
    }

    /// <summary>The targets missed as of <paramref name="now"/> that are not yet recorded on the case.</summary>
    public static IEnumerable<SlaAlert> NewBreaches(ServiceCase @case, DateTimeOffset now) =>
        Pending(@case, now).Where(a => a.Breached && !@case.Breaches.Contains(a.Target));

    /// <summary>
    /// Records <paramref name="target"/> as missed when <paramref name="at"/> is after <paramref name="due"/> and it is not recorded yet
    /// (a late reply or resolution); returns the case unchanged otherwise.
    /// </summary>
    public static ServiceCase RecordIfLate(ServiceCase @case, SlaTarget target, DateTimeOffset due, DateTimeOffset at, string by)
    {
        if (at <= due || @case.Breaches.Contains(target)) return @case;
        return @case with
        {
            Breaches = [.. @case.Breaches, target],
            History = [.. @case.History, new CaseStep(CaseStepKind.SlaBreached, at, by, $"{Describe(target)} was due {Format(due)}, {Late(at - due)} late")],
        };
    }

    /// <summary>The target in words: <c>first response</c> or <c>resolution</c>.</summary>
    public static string Describe(SlaTarget target) => target == SlaTarget.FirstResponse ? "first response" : "resolution";

    /// <summary>A span as people say it, e.g. <c>2d 3h</c>, <c>3h 20m</c> or <c>15m</c>.</summary>
    public static string Late(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalDays >= 1) return $"{(int)span.TotalDays}d {span.Hours}h";
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes}m" : $"{Math.Max(span.Minutes, span.Seconds > 0 ? 1 : 0)}m";
    }

    /// <summary>An instant as shown in history: <c>2026-01-15 10:00 UTC</c>.</summary>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC";
}
