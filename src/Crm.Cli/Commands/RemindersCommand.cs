using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Activities;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm reminders [--ack]</c>: what is due now; with --ack, marks what was shown as delivered.</summary>
public static class RemindersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var everyone = new Option<bool>("--everyone") { Description = "Everyone's reminders, not only the acting user's." };
        var ack = new Option<bool>("--ack") { Description = "Mark the reminders shown as delivered, so they are not shown again." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("reminders", "Show reminders that are due now and overdue activities.") { everyone, ack, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var globals = CliContext.Globals(parse);
            await using var crm = await CrmSession.OpenAsync(globals, cli, ct);
            var due = await crm.Send(new GetDueReminders { Owner = parse.GetValue(everyone) ? null : globals.ActingUser }, ct);
            // Delivered is what was shown: acknowledge exactly these, in one unit of work, after printing them.
            if (parse.GetValue(json)) cli.WriteJson(due.Select(r => new { r.RemindAt, r.Overdue, r.Activity }).ToList());
            else if (due.Count == 0) cli.Out.MarkupLine("[grey]Nothing is due.[/]");
            else
            {
                var table = new Table().AddColumns("Due", "Kind", "Subject", "Owner", "Customer", "Id", "");
                foreach (var r in due)
                    table.AddRow(Display.Time(r.Activity.Due!.Value), ActivityText.Kind(r.Activity.Kind), Display.Esc(r.Activity.Subject),
                        Display.Esc(r.Activity.Owner), Display.Esc(r.Activity.CustomerId), Display.Esc(r.Activity.Id), r.Overdue ? "[red]overdue[/]" : "due soon");
                cli.Out.Write(table);
            }
            if (parse.GetValue(ack) && due.Count > 0)
            {
                await crm.Send(new AcknowledgeReminders(due.Select(r => r.Activity.Id).ToList()), ct);
                if (!parse.GetValue(json)) cli.Out.MarkupLine($"[grey]{due.Count} reminder(s) marked delivered.[/]");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
