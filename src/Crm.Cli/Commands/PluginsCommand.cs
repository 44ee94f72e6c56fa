using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Plugins;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm plugins list</c>: every plugin found, with version, industry and whether it loaded (and why not).</summary>
public static class PluginsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var list = new Command("list", "List the plugins found and their status.") { json };
        list.SetAction((parse, ct) => cli.Run(async () =>
        {
            var globals = CliContext.Globals(parse);
            CrmPluginCatalog catalog;
            if (CrmWorkspace.Exists(globals.Workspace))
            {
                await using var session = await CrmSession.OpenAsync(globals, cli, ct);
                catalog = session.Plugins;
            }
            else
            {
                // No workspace yet: show what 'crm init' could enable, each plugin composed as if enabled.
                var (found, broken) = PluginDiscovery.Discover(globals.PluginsFolder);
                catalog = new CrmPluginCatalog(globals.PluginsFolder, PluginComposer.Compose(found, new CrmSchema(), CrmFrameworkInfo.Version, null, broken).Reports);
            }
            if (parse.GetValue(json))
            {
                cli.WriteJson(catalog.Reports.Select(r => new
                {
                    r.Manifest.Id, r.Manifest.Name, r.Manifest.Version, r.Manifest.Industry, r.Manifest.Description,
                    Status = r.Status.ToString().ToLowerInvariant(), r.Reason,
                }));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Name", "Version", "Industry", "Status");
            foreach (var r in catalog.Reports)
            {
                var status = r.Status switch
                {
                    PluginStatus.Loaded => "[green]loaded[/]",
                    PluginStatus.Disabled => r.Reason is null ? "[grey]disabled[/]" : $"[grey]disabled[/] ({Display.Esc(r.Reason)})",
                    _ => $"[red]failed[/]: {Display.Esc(r.Reason)}",
                };
                table.AddRow(Display.Esc(r.Manifest.Id), Display.Esc(r.Manifest.Name), Display.Esc(r.Manifest.Version), Display.Esc(r.Manifest.Industry), status);
            }
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{catalog.Reports.Count} plugin(s) in {Display.Esc(catalog.Folder)}[/]");
            return ExitCodes.Ok;
        }));
        return new Command("plugins", "Industry plugins.") { list };
    }
}
