using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.CallScripts;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm script &lt;key&gt;</c> shows a call script; <c>crm scripts</c> (or <c>crm script --list</c>) lists them.</summary>
public static class ScriptsCommand
{
    /// <summary>Builds <c>crm script</c>.</summary>
    public static Command CreateScript(CliContext cli)
    {
        var key = new Argument<string?>("key") { Description = "The call script key (see 'crm scripts').", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the call scripts instead." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("script", "Show a call script: steps, questions, objections and closing.") { key, list, json };
        command.Validators.Add(result =>
        {
            if (result.GetValue(key) is null && !result.GetValue(list)) result.AddError("Name the call script to show, or give --list to see them all.");
        });
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            if (parse.GetValue(list) || parse.GetValue(key) is null) return Write(cli, crm, parse.GetValue(json));
            var script = crm.Schema.RequireCallScript(parse.GetValue(key)!);
            if (parse.GetValue(json))
            {
                cli.WriteJson(script);
                return ExitCodes.Ok;
            }
            cli.Out.MarkupLine($"[bold]{Display.Esc(script.Title)}[/] ({Display.Esc(script.Key)})");
            cli.Out.MarkupLine(Display.Esc(script.Purpose));
            if (script.Funnel is { } funnel) cli.Out.MarkupLine($"[grey]For funnel {Display.Esc(funnel)}{(script.Stage is { } s ? $", stage {Display.Esc(s)}" : "")}[/]");
            cli.Out.WriteLine();
            for (var i = 0; i < script.Steps.Count; i++)
            {
                var step = script.Steps[i];
                var choices = step.Choices.Count > 0 ? $" [grey]({Display.Esc(string.Join(" / ", step.Choices))})[/]" : "";
                cli.Out.MarkupLine($"{i + 1}. {(step.IsQuestion ? "[bold]Ask:[/] " : "Say: ")}{Display.Esc(step.Text)}{choices}");
            }
            if (script.Objections.Count > 0)
            {
                var table = new Table().AddColumns("Objection", "Answer");
                foreach (var o in script.Objections) table.AddRow(Display.Esc(o.Objection), Display.Esc(o.Answer));
                cli.Out.WriteLine();
                cli.Out.Write(table);
            }
            if (script.Closing is { } closing) cli.Out.MarkupLine($"\n[bold]Closing:[/] {Display.Esc(closing)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Builds <c>crm scripts</c>.</summary>
    public static Command CreateScripts(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("scripts", "List the call scripts the plugins ship.") { json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            return Write(cli, crm, parse.GetValue(json));
        }));
        return command;
    }

    private static int Write(CliContext cli, CrmSession crm, bool json)
    {
        var scripts = crm.Schema.CallScripts().ToList();
        if (json)
        {
            cli.WriteJson(scripts.Select(s => new { s.Key, s.Title, s.Purpose, s.Funnel, s.Stage, Plugin = crm.Schema.DeclaredBy(CallScriptDeclarations.Kind, s.Key) }).ToList());
            return ExitCodes.Ok;
        }
        if (scripts.Count == 0)
        {
            cli.Out.MarkupLine("[grey]No call scripts are declared; industry plugins ship them (see 'crm plugins list').[/]");
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("Key", "Title", "Purpose", "Funnel", "Stage", "Plugin");
        foreach (var s in scripts)
            table.AddRow(Display.Esc(s.Key), Display.Esc(s.Title), Display.Esc(s.Purpose), Display.Esc(s.Funnel), Display.Esc(s.Stage),
                Display.Esc(crm.Schema.DeclaredBy(CallScriptDeclarations.Kind, s.Key)));
        cli.Out.Write(table);
        return ExitCodes.Ok;
    }
}
