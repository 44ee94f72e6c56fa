using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Activities;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm tasks add|list|show|done|cancel</c>: calls, meetings, tasks and follow-ups.</summary>
public static class TasksCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("tasks", "Calls, meetings, tasks and follow-ups in people's calendars.")
    {
        Add(cli), List(cli), Show(cli), Done(cli), Cancel(cli),
    };

    private static Command Add(CliContext cli)
    {
        var subject = new Argument<string>("subject") { Description = "One-line subject." };
        var kind = new Option<ActivityKind>("--kind", "-k") { Description = "call, meeting, task (default) or follow_up.", CustomParser = ActivityText.ParseKind, DefaultValueFactory = _ => ActivityKind.Task };
        var due = new Option<DateTimeOffset?>("--due", "-d") { Description = "When it is due or starts (ISO 8601, UTC unless an offset is given).", CustomParser = Parsers.Timestamp };
        var duration = new Option<TimeSpan?>("--duration") { Description = "How long, e.g. 30m or 1h30m.", CustomParser = Durations.Parse };
        var owner = new Option<string?>("--owner") { Description = "Who is to do it. Default: the acting user." };
        var customer = new Option<string?>("--customer") { Description = "The customer it concerns." };
        var deal = new Option<string?>("--deal") { Description = "The deal it concerns (must be the customer's)." };
        var caseId = new Option<string?>("--case") { Description = "The service case it concerns." };
        var location = new Option<string?>("--location") { Description = "Where." };
        var notes = new Option<string?>("--notes") { Description = "Free notes." };
        var priority = new Option<ActivityPriority?>("--priority") { Description = "low, normal or high." };
        var repeat = new Option<RepeatFrequency?>("--repeat") { Description = "daily, weekly or monthly (needs --due)." };
        var every = new Option<int?>("--every") { Description = "Repeat every N days, weeks or months. Default 1." };
        var until = new Option<DateOnly?>("--until") { Description = "Last date of a repeating activity (yyyy-MM-dd).", CustomParser = Parsers.Date };
        var count = new Option<int?>("--count") { Description = "How many occurrences in all." };
        var remind = new Option<TimeSpan?>("--remind") { Description = "Remind this long before it is due. Default 15m.", CustomParser = Durations.Parse };
        var json = new Option<bool>("--json") { Description = "Print the activity as JSON." };
        var command = new Command("add", "Schedule a call, meeting, task or follow-up.")
        {
            subject, kind, due, duration, owner, customer, deal, caseId, location, notes, priority, repeat, every, until, count, remind, json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(repeat) is null && (result.GetResult(until) is not null || result.GetResult(count) is not null || result.GetResult(every) is not null))
                result.AddError("--every, --until and --count shape a repeating activity; give --repeat daily, weekly or monthly too.");
        });
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var activity = await crm.Send(new ScheduleActivity
            {
                Subject = parse.GetValue(subject)!, Kind = parse.GetValue(kind), Due = parse.GetValue(due), Duration = parse.GetValue(duration),
                Owner = parse.GetValue(owner), CustomerId = parse.GetValue(customer), DealId = parse.GetValue(deal), CaseId = parse.GetValue(caseId),
                Location = parse.GetValue(location), Notes = parse.GetValue(notes), Priority = parse.GetValue(priority), ReminderLead = parse.GetValue(remind),
                Recurrence = parse.GetValue(repeat) is { } frequency
                    ? new Recurrence(frequency, parse.GetValue(every) ?? 1) { Until = parse.GetValue(until), Count = parse.GetValue(count) }
                    : null,
            }, ct);
            Report(cli, activity, parse.GetValue(json), $"Scheduled {ActivityText.Kind(activity.Kind)} [bold]{Display.Esc(activity.Id)}[/] {Display.Esc(activity.Subject)}{ActivityText.When(activity)} for {Display.Esc(activity.Owner)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var owner = new Option<string?>("--owner") { Description = "Whose. Default: the acting user, unless --customer, --deal or --case is given." };
        var customer = new Option<string?>("--customer") { Description = "Only about this customer." };
        var deal = new Option<string?>("--deal") { Description = "Only about this deal." };
        var caseId = new Option<string?>("--case") { Description = "Only about this case." };
        var kind = new Option<ActivityKind?>("--kind", "-k") { Description = "Only call, meeting, task or follow_up.", CustomParser = r => ActivityText.ParseKind(r) };
        var overdue = new Option<bool>("--overdue") { Description = "Only open ones past their due time." };
        var dueSoon = new Option<bool>("--due-soon") { Description = "Only open ones due within --within (default 24h)." };
        var within = new Option<TimeSpan?>("--within") { Description = "The due-soon window, e.g. 4h or 2d.", CustomParser = Durations.Parse };
        var all = new Option<bool>("--all") { Description = "Done and cancelled ones too (default: open only)." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "List activities, soonest due first.") { owner, customer, deal, caseId, kind, overdue, dueSoon, within, all, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var globals = CliContext.Globals(parse);
            await using var crm = await CrmSession.OpenAsync(globals, cli, ct);
            var about = parse.GetValue(customer) ?? parse.GetValue(deal) ?? parse.GetValue(caseId);
            var activities = await crm.Send(new ListActivities
            {
                Owner = parse.GetValue(owner) ?? (about is null ? globals.ActingUser : null),
                CustomerId = parse.GetValue(customer), DealId = parse.GetValue(deal), CaseId = parse.GetValue(caseId), Kind = parse.GetValue(kind),
                Status = parse.GetValue(all) ? null : ActivityStatus.Open, Overdue = parse.GetValue(overdue),
                DueWithin = parse.GetValue(dueSoon) || parse.GetValue(within) is not null ? parse.GetValue(within) ?? TimeSpan.FromHours(24) : null,
                Limit = parse.GetValue(limit),
            }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(activities);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Kind", "Subject", "Due", "Length", "Owner", "Customer", "Status");
            foreach (var a in activities)
                table.AddRow(Display.Esc(a.Id), ActivityText.Kind(a.Kind), Display.Esc(a.Subject), a.Due is { } d ? Display.Time(d) : "",
                    a.Duration is { } l ? Durations.Format(l) : "", Display.Esc(a.Owner), Display.Esc(a.CustomerId), ActivityText.Status(a.Status));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{activities.Count} activit{(activities.Count == 1 ? "y" : "ies")}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = "The activity id." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("show", "Show one activity.") { id, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var a = await crm.Send(new GetActivity(parse.GetValue(id)!), ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(a);
                return ExitCodes.Ok;
            }
            var grid = new Grid().AddColumn().AddColumn();
            void Row(string label, string? value) { if (!string.IsNullOrEmpty(value)) grid.AddRow($"[grey]{label}[/]", Display.Esc(value)); }
            Row("Id", a.Id); Row("Kind", ActivityText.Kind(a.Kind)); Row("Subject", a.Subject); Row("Status", ActivityText.Status(a.Status));
            Row("Owner", a.Owner); Row("Due", a.Due is { } d ? Display.Time(d) : null); Row("Length", a.Duration is { } l ? Durations.Format(l) : null);
            Row("Location", a.Location); Row("Customer", a.CustomerId); Row("Deal", a.DealId); Row("Case", a.CaseId);
            Row("Priority", a.Priority?.ToString().ToLowerInvariant()); Row("Repeats", ActivityText.Repeat(a)); Row("Remind", Durations.Format(a.ReminderLead) + " before");
            Row("Notes", a.Notes); Row("Outcome", a.Outcome); Row("Script", a.Script); Row("Interaction", a.InteractionId);
            Row("Next occurrence", a.NextOccurrenceId); Row("Cancelled because", a.CancelReason);
            cli.Out.Write(grid);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Done(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = "The activity id." };
        var outcome = new Option<string?>("--outcome", "-o") { Description = "The result, e.g. 'agreed to meet'." };
        var notes = new Option<string?>("--notes") { Description = "How it went." };
        var script = new Option<string?>("--script") { Description = "The call script used (see 'crm scripts')." };
        var json = new Option<bool>("--json") { Description = "Print the activity as JSON." };
        var command = new Command("done", "Mark an activity done; a call or meeting is logged on the customer's card.") { id, outcome, notes, script, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var done = await crm.Send(new CompleteActivity
            {
                ActivityId = parse.GetValue(id)!, Outcome = parse.GetValue(outcome), Notes = parse.GetValue(notes), Script = parse.GetValue(script),
            }, ct);
            var extra = (done.InteractionId is { } i ? $" Logged interaction {Display.Esc(i)}." : "") + (done.NextOccurrenceId is { } n ? $" Next occurrence: [bold]{Display.Esc(n)}[/]." : "");
            Report(cli, done, parse.GetValue(json), $"Done: [bold]{Display.Esc(done.Id)}[/] {Display.Esc(done.Subject)}.{extra}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Cancel(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = "The activity id." };
        var reason = new Option<string?>("--reason", "-r") { Description = "Why." };
        var series = new Option<bool>("--series") { Description = "End a repeating activity here instead of scheduling its next occurrence." };
        var json = new Option<bool>("--json") { Description = "Print the activity as JSON." };
        var command = new Command("cancel", "Call off an activity.") { id, reason, series, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var cancelled = await crm.Send(new CancelActivity { ActivityId = parse.GetValue(id)!, Reason = parse.GetValue(reason), WholeSeries = parse.GetValue(series) }, ct);
            var next = cancelled.NextOccurrenceId is { } n ? $" Next occurrence: [bold]{Display.Esc(n)}[/]." : "";
            Report(cli, cancelled, parse.GetValue(json), $"Cancelled [bold]{Display.Esc(cancelled.Id)}[/] {Display.Esc(cancelled.Subject)}.{next}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CliContext cli, Activity activity, bool json, string line)
    {
        if (json) cli.WriteJson(activity);
        else cli.Out.MarkupLine(line);
    }
}
