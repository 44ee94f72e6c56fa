using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Auditing;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm audit [record]</c>: who changed what and when.</summary>
public static class AuditCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var record = new Argument<string?>("record") { Description = "Only changes of this record id.", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("audit", "The audit trail, newest first.") { record, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var entries = await crm.Send(new GetAuditTrail(parse.GetValue(record), parse.GetValue(limit)), ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(entries);
                return 0;
            }
            var table = new Table().AddColumns("When", "Who", "Action", "Record", "Changes");
            foreach (var e in entries)
                table.AddRow(Display.Time(e.At), Display.Esc(e.Actor), Display.Esc(e.Action), Display.Esc($"{e.EntityKind} {e.EntityId}"),
                    Display.Esc(string.Join("; ", e.Changes.Select(c => $"{c.Property}: {c.Before ?? "∅"} → {c.After ?? "∅"}"))));
            cli.Out.Write(table);
            return 0;
        }));
        return command;
    }
}
