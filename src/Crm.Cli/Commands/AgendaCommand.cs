using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Activities;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm agenda</c>: the acting user's (or a team's) calendar, with repeating activities' coming occurrences.</summary>
public static class AgendaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var team = new Option<string?>("--team") { Description = "A team's agenda: every member's activities together." };
        var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-MM-dd). Default: today.", CustomParser = Parsers.Date };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (yyyy-MM-dd). Default: 7 days after the first.", CustomParser = Parsers.Date };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("agenda", "The acting user's calendar (--user to see someone else's), or a team's.") { team, from, to, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var globals = CliContext.Globals(parse);
            await using var crm = await CrmSession.OpenAsync(globals, cli, ct);
            var today = DateOnly.FromDateTime((CrmSession.FixedNow() ?? DateTimeOffset.UtcNow).UtcDateTime);
            var first = parse.GetValue(from) ?? today;
            var agenda = await crm.Send(new GetAgenda { User = globals.ActingUser, Team = parse.GetValue(team), From = first, To = parse.GetValue(to) ?? first.AddDays(7) }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(agenda.Select(e => new { e.At, e.Occurrence, e.Projected, e.Activity }).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("When", "Length", "Kind", "Subject", "Owner", "Customer", "Id", "Status");
            foreach (var e in agenda)
                table.AddRow(Display.Time(e.At), e.Activity.Duration is { } l ? Durations.Format(l) : "", ActivityText.Kind(e.Activity.Kind),
                    Display.Esc(e.Activity.Subject), Display.Esc(e.Activity.Owner), Display.Esc(e.Activity.CustomerId),
                    e.Projected ? "[grey](repeats)[/]" : Display.Esc(e.Activity.Id), e.Projected ? "projected" : ActivityText.Status(e.Activity.Status));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{agenda.Count} entr{(agenda.Count == 1 ? "y" : "ies")}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
