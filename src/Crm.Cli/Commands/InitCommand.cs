using System.CommandLine;
using Crm.Cli.Infrastructure;
using Spectre.Console;
using Crm.Framework;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Plugins;

namespace Crm.Cli.Commands;

/// <summary><c>crm init --industry bank</c>: creates a workspace with the plugins of one or more industries enabled.</summary>
public static class InitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var industry = new Option<string[]>("--industry", "-i")
        {
            Description = "Industry (or plugin id) to enable: bank, telecom, hospital... Repeat or separate with commas for several.",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        var command = new Command("init", "Create a workspace for an industry.") { industry };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var globals = CliContext.Globals(parse);
            var wanted = parse.GetValue(industry)!.SelectMany(i => i.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var installed = globals.InstalledPlugins();
            var first = wanted.Select(w => globals.RequirePlugin(w, installed)).ToList()[0]; // every industry must exist
            var workspace = CrmWorkspace.Create(globals.Workspace, new WorkspaceSettings
            {
                Industry = first.Industry, Plugins = wanted, Created = DateTimeOffset.UtcNow,
            });
            await using var session = await CrmSession.OpenAsync(globals, cli, ct);
            var loaded = session.Plugins.Loaded.Select(r => $"{r.Manifest.Name} {r.Manifest.Version}").ToList();
            cli.Out.MarkupLine($"Created workspace [bold]{Display.Esc(workspace.Folder)}[/] with {Display.Esc(string.Join(", ", loaded))}.");
            cli.Out.MarkupLine($"Funnels: {Display.Esc(string.Join(", ", session.Schema.Funnels.Select(f => f.Key)))}. Next: [grey]crm customers add \"Name\" --email ...[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
