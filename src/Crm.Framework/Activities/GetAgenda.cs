using Crm.Framework.Behaviors;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Teams;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Checks the range.</summary>
public sealed class GetAgendaValidator : IValidator<GetAgenda>
{
    /// <summary>The longest range an agenda covers, in days.</summary>
    public const int MaxDays = 366;

    /// <inheritdoc />
    public void Validate(GetAgenda request, List<ValidationError> errors)
    {
        if (request.To < request.From) errors.Add(new ValidationError("to", request.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "must not be before the first day"));
        else if (request.To.DayNumber - request.From.DayNumber >= MaxDays) errors.Add(new ValidationError("to", request.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"must be at most {MaxDays} days after the first day"));
    }
}

/// <summary>Merges the owners' open and done activities in the range with their series' projected occurrences.</summary>
public sealed class GetAgendaHandler(ICrmStore store, CrmSchema schema, ICurrentUser user) : IRequestHandler<GetAgenda, IReadOnlyList<AgendaEntry>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<AgendaEntry>> Handle(GetAgenda request, CancellationToken cancellationToken)
    {
        var owners = request.Team is { } team ? schema.RequireTeam(team).Members : [request.User ?? user.Name];
        var from = new DateTimeOffset(request.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(request.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = new List<AgendaEntry>();
        foreach (var activity in owners.SelectMany(o => store.FindRecords(ActivityRecords.Kind, new RecordKey("owner", o))))
        {
            if (activity.Status == ActivityStatus.Cancelled || activity.Due is not { } due) continue;
            if (due >= from && due < to) entries.Add(new AgendaEntry(due, activity, activity.Occurrence, Projected: false));
            if (activity.Status == ActivityStatus.Open) entries.AddRange(Projections(activity, from, to));
        }
        IReadOnlyList<AgendaEntry> agenda = entries.OrderBy(e => e.At).ThenBy(e => e.Activity.Owner, StringComparer.Ordinal)
            .ThenBy(e => e.Activity.Id, StringComparer.Ordinal).ThenBy(e => e.Occurrence).ToList();
        return Task.FromResult(agenda);
    }

    // The open occurrence is the latest of its series; the ones after it are not scheduled yet.
    private static IEnumerable<AgendaEntry> Projections(Activity open, DateTimeOffset from, DateTimeOffset to)
    {
        if (open.Recurrence is not { } recurrence || open.SeriesStart is not { } anchor) yield break;
        for (var occurrence = open.Occurrence + 1; ; occurrence++)
        {
            var due = Recurrences.DueOf(recurrence, anchor, occurrence);
            if (due >= to || !Recurrences.Allows(recurrence, occurrence, due)) yield break;
            if (due >= from) yield return new AgendaEntry(due, open, occurrence, Projected: true);
        }
    }
}
