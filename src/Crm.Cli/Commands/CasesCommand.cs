using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Cases;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm cases open|list|show|respond|move|resolve|close|reopen|assign|comment|escalations</c>.</summary>
public static class CasesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("cases", "Service cases: complaints, requests, incidents and warranty claims, with SLA deadlines and escalation.")
    {
        Open(cli), List(cli), Show(cli), Respond(cli), Move(cli), Resolve(cli), Close(cli), Reopen(cli), Assign(cli), Comment(cli), Escalations(cli),
    };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON." };

    private static Argument<string> CaseArgument() => new("case") { Description = "The case id." };

    private static Command Open(CliContext cli)
    {
        var subject = new Argument<string>("subject") { Description = "A one-line subject." };
        var customer = new Option<string>("--customer", "-c") { Description = "The customer id.", Required = true };
        var type = new Option<CaseType?>("--type") { Description = "complaint, request (default), incident or warranty_claim.", CustomParser = r => CaseView.Parse<CaseType>(r, "case type"), HelpName = "type" };
        var priority = new Option<CasePriority?>("--priority", "-p") { Description = "low, normal (default), high or urgent.", CustomParser = r => CaseView.Parse<CasePriority>(r, "priority"), HelpName = "priority" };
        var deal = new Option<string?>("--deal") { Description = "A deal of the same customer." };
        var order = new Option<string?>("--order") { Description = "An order id." };
        var channel = new Option<string?>("--channel") { Description = "The channel it came in on (see 'crm schema channels')." };
        var owner = new Option<string?>("--owner") { Description = "Who works on it. Default: the team's least busy member, else you." };
        var team = new Option<string?>("--team") { Description = "A team key." };
        var description = new Option<string?>("--description", "-d") { Description = "What the customer reported." };
        var json = JsonOption();
        var command = new Command("open", "Open a case; its deadlines come from the SLA policy that applies.") { subject, customer, type, priority, deal, order, channel, owner, team, description, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var c = await crm.Send(new OpenCase
            {
                Subject = parse.GetValue(subject)!, CustomerId = parse.GetValue(customer)!, Type = parse.GetValue(type) ?? CaseType.Request,
                Priority = parse.GetValue(priority) ?? CasePriority.Normal, DealId = parse.GetValue(deal), OrderId = parse.GetValue(order),
                Channel = parse.GetValue(channel), Owner = parse.GetValue(owner), Team = parse.GetValue(team), Description = parse.GetValue(description),
            }, ct);
            Report(cli, crm, c, parse.GetValue(json),
                $"Opened case [bold]{Display.Esc(c.Id)}[/] for {Display.Esc(c.Owner)}: first response due {Display.Time(c.FirstResponseDue)}, resolution due {Display.Time(c.ResolutionDue)} (SLA {Display.Esc(c.SlaPolicy)}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var status = new Option<CaseStatus?>("--status") { Description = "Only this status (new, open, in_progress, waiting_on_customer, resolved, closed).", CustomParser = r => CaseView.Parse<CaseStatus>(r, "case status"), HelpName = "status" };
        var owner = new Option<string?>("--owner") { Description = "Only this owner's cases." };
        var customer = new Option<string?>("--customer") { Description = "Only this customer's cases." };
        var team = new Option<string?>("--team") { Description = "Only this team's cases." };
        var breached = new Option<bool>("--breached") { Description = "Only cases that missed an SLA target." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = JsonOption();
        var command = new Command("list", "List cases, the nearest deadline first.") { status, owner, customer, team, breached, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var cases = await crm.Send(new ListCases
            {
                Status = parse.GetValue(status), Owner = parse.GetValue(owner), CustomerId = parse.GetValue(customer), Team = parse.GetValue(team),
                Breached = parse.GetValue(breached), Limit = parse.GetValue(limit),
            }, ct);
            var now = Now(crm);
            if (parse.GetValue(json))
            {
                cli.WriteJson(cases.Select(c => CaseView.Json(c, Due(crm, c, now))).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Subject", "Customer", "Type", "Priority", "Status", "Owner", "Next deadline");
            foreach (var c in cases)
            {
                var next = CaseSla.Pending(c, now).OrderBy(a => a.Due).FirstOrDefault();
                table.AddRow(Display.Esc(c.Id), Display.Esc(c.Subject), Display.Esc(c.CustomerId), CaseLifecycle.Name(c.Type), CaseLifecycle.Name(c.Priority),
                    CaseLifecycle.Name(c.Status), Display.Esc(c.Owner),
                    next is null ? "" : $"{CaseSla.Describe(next.Target)} {CaseView.Deadline(next.Due, null, true, now)}");
            }
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{cases.Count} case(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = CaseArgument();
        var json = JsonOption();
        var command = new Command("show", "Show a case: details, deadlines with time left or overdue, and its history.") { id, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var c = await crm.Send(new GetCase(parse.GetValue(id)!), ct);
            var now = Now(crm);
            if (parse.GetValue(json)) cli.WriteJson(CaseView.Json(c, Due(crm, c, now)));
            else CaseView.Show(cli, c, now, Due(crm, c, now));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Respond(CliContext cli)
    {
        var id = CaseArgument();
        var message = new Argument<string>("message") { Description = "What you told the customer." };
        var channel = new Option<string?>("--channel") { Description = "The channel of the reply. Default: the case's channel, else email." };
        var json = JsonOption();
        var command = new Command("respond", "Reply to the customer; the first reply meets the first-response target and is logged on the customer's card.") { id, message, channel, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var c = await crm.Send(new RespondToCase { CaseId = parse.GetValue(id)!, Message = parse.GetValue(message)!, Channel = parse.GetValue(channel) }, ct);
            var late = c.Breaches.Contains(SlaTarget.FirstResponse) ? " [red](first response was late)[/]" : "";
            Report(cli, crm, c, parse.GetValue(json), $"Responded on case [bold]{Display.Esc(c.Id)}[/]; it is {CaseLifecycle.Name(c.Status)}.{late}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Move(CliContext cli)
    {
        var id = CaseArgument();
        var status = new Argument<CaseStatus?>("status") { Description = "open, in_progress, waiting_on_customer, resolved or closed.", CustomParser = r => CaseView.Parse<CaseStatus>(r, "case status"), HelpName = "status" };
        var note = new Option<string?>("--note", "-n") { Description = "A note for the history." };
        var json = JsonOption();
        var command = new Command("move", "Move a case to another status (waiting_on_customer pauses the resolution clock).") { id, status, note, json };
        command.SetAction((parse, ct) => cli.Run(() => Send(cli, parse, new MoveCase { CaseId = parse.GetValue(id)!, Status = parse.GetValue(status)!.Value, Note = parse.GetValue(note) }, json, ct)));
        return command;
    }

    private static Command Resolve(CliContext cli)
    {
        var id = CaseArgument();
        var resolution = new Option<string?>("--resolution", "-r") { Description = "How it was resolved." };
        var (csat, comment) = SatisfactionOptions();
        var json = JsonOption();
        var command = new Command("resolve", "Resolve a case, with the customer's satisfaction if known.") { id, resolution, csat, comment, json };
        command.SetAction((parse, ct) => cli.Run(() => Send(cli, parse, new MoveCase
        {
            CaseId = parse.GetValue(id)!, Status = CaseStatus.Resolved, Resolution = parse.GetValue(resolution), Satisfaction = Satisfaction(parse, csat, comment),
        }, json, ct)));
        return command;
    }

    private static Command Close(CliContext cli)
    {
        var id = CaseArgument();
        var note = new Option<string?>("--note", "-n") { Description = "A closing note." };
        var (csat, comment) = SatisfactionOptions();
        var json = JsonOption();
        var command = new Command("close", "Close a resolved case for good.") { id, note, csat, comment, json };
        command.SetAction((parse, ct) => cli.Run(() => Send(cli, parse, new MoveCase
        {
            CaseId = parse.GetValue(id)!, Status = CaseStatus.Closed, Note = parse.GetValue(note), Satisfaction = Satisfaction(parse, csat, comment),
        }, json, ct)));
        return command;
    }

    private static Command Reopen(CliContext cli)
    {
        var id = CaseArgument();
        var note = new Option<string?>("--note", "-n") { Description = "Why it is reopened." };
        var json = JsonOption();
        var command = new Command("reopen", "Reopen a resolved case (back to in_progress).") { id, note, json };
        command.SetAction((parse, ct) => cli.Run(() => Send(cli, parse, new MoveCase { CaseId = parse.GetValue(id)!, Status = CaseStatus.InProgress, Note = parse.GetValue(note) }, json, ct)));
        return command;
    }

    private static Command Assign(CliContext cli)
    {
        var id = CaseArgument();
        var owner = new Option<string?>("--owner") { Description = "The new owner." };
        var team = new Option<string?>("--team") { Description = "The new team; without --owner, its least busy member takes the case." };
        var json = JsonOption();
        var command = new Command("assign", "Give a case to another owner or team.") { id, owner, team, json };
        command.SetAction((parse, ct) => cli.Run(() => Send(cli, parse, new AssignCase { CaseId = parse.GetValue(id)!, Owner = parse.GetValue(owner), Team = parse.GetValue(team) }, json, ct)));
        return command;
    }

    private static Command Comment(CliContext cli)
    {
        var id = CaseArgument();
        var text = new Argument<string>("text") { Description = "The comment." };
        var json = JsonOption();
        var command = new Command("comment", "Add an internal comment to a case's history.") { id, text, json };
        command.SetAction((parse, ct) => cli.Run(() => Send(cli, parse, new CommentOnCase(parse.GetValue(id)!, parse.GetValue(text)!), json, ct)));
        return command;
    }

    private static Command Escalations(CliContext cli)
    {
        var within = new Option<int>("--within") { Description = "Count targets due within this many minutes as at risk.", DefaultValueFactory = _ => 120 };
        var run = new Option<bool>("--run") { Description = "Escalate the newly breached cases (safe to run on a schedule: nothing is escalated twice)." };
        var json = JsonOption();
        var command = new Command("escalations", "List cases at risk of missing an SLA target and those that missed one; --run escalates them.") { within, run, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            if (parse.GetValue(run))
            {
                var done = await crm.Send(new EscalateBreachedCases(), ct);
                if (parse.GetValue(json))
                {
                    cli.WriteJson(done.Select(e => new
                    {
                        CaseId = e.Case.Id, Target = CaseLifecycle.Name(e.Target), e.Due, LateMinutes = (int)e.Late.TotalMinutes, e.PreviousOwner,
                        Owner = e.Case.Owner, Level = e.Case.EscalationLevel,
                    }).ToList());
                    return ExitCodes.Ok;
                }
                foreach (var e in done)
                    cli.Out.MarkupLine($"Escalated [bold]{Display.Esc(e.Case.Id)}[/] ({CaseSla.Describe(e.Target)} {CaseSla.Late(e.Late)} late): {(e.PreviousOwner == e.Case.Owner ? $"stays with {Display.Esc(e.Case.Owner)}" : $"{Display.Esc(e.PreviousOwner)} → {Display.Esc(e.Case.Owner)}")}, level {e.Case.EscalationLevel}.");
                cli.Out.MarkupLine($"[grey]{done.Count} escalation(s)[/]");
                return ExitCodes.Ok;
            }
            var alerts = await crm.Send(new ListSlaAlerts { Within = TimeSpan.FromMinutes(parse.GetValue(within)) }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(alerts.Select(a => new
                {
                    CaseId = a.Case.Id, a.Case.Subject, a.Case.Owner, Target = CaseLifecycle.Name(a.Target), a.Due, a.Breached, MinutesLeft = (int)Math.Floor(a.Left.TotalMinutes),
                    Escalated = a.Case.Breaches.Contains(a.Target),
                }).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Case", "Subject", "Owner", "Target", "Due", "State");
            foreach (var a in alerts)
                table.AddRow(Display.Esc(a.Case.Id), Display.Esc(a.Case.Subject), Display.Esc(a.Case.Owner), CaseSla.Describe(a.Target), Display.Time(a.Due),
                    a.Breached
                        ? $"[red]breached {CaseSla.Late(a.Left)} ago[/]{(a.Case.Breaches.Contains(a.Target) ? ", escalated" : "")}"
                        : $"at risk, {CaseSla.Late(a.Left)} left");
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{alerts.Count(a => a.Breached)} breached, {alerts.Count(a => !a.Breached)} at risk[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static (Option<int?> Csat, Option<string?> Comment) SatisfactionOptions() => (
        new Option<int?>("--csat") { Description = "The customer's satisfaction, 1 (very unhappy) to 5 (very happy)." },
        new Option<string?>("--comment") { Description = "What the customer said about it (with --csat)." });

    private static CaseSatisfaction? Satisfaction(ParseResult parse, Option<int?> csat, Option<string?> comment) => parse.GetValue(csat) is { } score
        ? new CaseSatisfaction(score, parse.GetValue(comment))
        : parse.GetValue(comment) is not null
            ? throw new Crm.Framework.CrmValidationException("comment", parse.GetValue(comment), "needs a --csat score (1–5) to go with it")
            : null;

    private static async Task<int> Send(CliContext cli, ParseResult parse, Crm.Framework.ICrmCommand<ServiceCase> request, Option<bool> json, CancellationToken ct)
    {
        await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
        var c = await crm.Send(request, ct);
        var last = c.History[^1];
        Report(cli, crm, c, parse.GetValue(json), $"Case [bold]{Display.Esc(c.Id)}[/] is {CaseLifecycle.Name(c.Status)}, owned by {Display.Esc(c.Owner)}: {CaseLifecycle.Name(last.Kind)} {Display.Esc(last.Text)}.");
        return ExitCodes.Ok;
    }

    private static void Report(CliContext cli, CrmSession crm, ServiceCase c, bool json, string line)
    {
        if (json) cli.WriteJson(CaseView.Json(c, Due(crm, c, Now(crm))));
        else cli.Out.MarkupLine(line);
    }

    private static DateTimeOffset Now(CrmSession crm) => crm.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static DateTimeOffset Due(CrmSession crm, ServiceCase c, DateTimeOffset now) => CaseSla.ResolutionDue(c, crm.Schema.SlaPolicyOf(c), now);
}
