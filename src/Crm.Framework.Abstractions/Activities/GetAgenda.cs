namespace Crm.Framework.Activities;

/// <summary>
/// The calendar of one user or of a team's members from <see cref="From"/> to <see cref="To"/> (UTC dates,
/// inclusive): open and done activities due in the range, plus the future occurrences of recurring
/// activities, marked as projected.
/// </summary>
public sealed record GetAgenda : ICrmQuery<IReadOnlyList<AgendaEntry>>
{
    /// <summary>The user; default: the current user (ignored when <see cref="Team"/> is given).</summary>
    public string? User { get; init; }
    /// <summary>A declared team, whose members' agendas are merged.</summary>
    public string? Team { get; init; }
    /// <summary>The first day.</summary>
    public required DateOnly From { get; init; }
    /// <summary>The last day; not before <see cref="From"/> and at most a year after it.</summary>
    public required DateOnly To { get; init; }
}

/// <summary>One slot in an agenda.</summary>
/// <param name="At">When it starts.</param>
/// <param name="Activity">The activity; for a projected occurrence, the open occurrence of its series.</param>
/// <param name="Occurrence">Which occurrence of the series this slot is (1 for a one-off activity).</param>
/// <param name="Projected">True for a future occurrence of a recurring activity that is not scheduled yet.</param>
public sealed record AgendaEntry(DateTimeOffset At, Activity Activity, int Occurrence, bool Projected);
