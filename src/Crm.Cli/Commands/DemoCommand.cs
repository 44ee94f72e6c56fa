using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Demo;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary>
/// <c>crm demo bank</c>: creates (or replaces) a demo workspace, seeds the industry plugin's demo data
/// through the real pipeline with a progress bar, renders its documents and shows the funnels.
/// </summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var industry = new Argument<string>("industry") { Description = "The industry to demo: bank, telecom, hospital..." };
        var command = new Command("demo", "Build a demo CRM for an industry in a fresh workspace (default ./.crm-demo-<industry>).") { industry };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var name = parse.GetValue(industry)!.Trim().ToLowerInvariant();
            var explicitWorkspace = parse.GetResult(CliContext.WorkspaceOption) is { Implicit: false };
            var globals = CliContext.Globals(parse) is var g && explicitWorkspace ? g : g with { Workspace = $".crm-demo-{name}" };

            var plugin = globals.RequirePlugin(name, globals.InstalledPlugins());

            CrmWorkspace.DeleteDemo(globals.Workspace);
            var workspace = CrmWorkspace.Create(globals.Workspace, new WorkspaceSettings
            {
                Industry = plugin.Industry, Plugins = [plugin.Id], Created = DateTimeOffset.UtcNow, Demo = true,
            });
            cli.Out.MarkupLine($"Demo workspace [bold]{Display.Esc(workspace.Folder)}[/] for [bold]{Display.Esc(plugin.Name)}[/] {Display.Esc(plugin.Version)}.");

            await using var crm = await CrmSession.OpenAsync(globals, cli, ct);
            var failed = crm.Plugins.Reports.FirstOrDefault(r => r.Manifest.Id == plugin.Id && r.Status != Crm.Framework.Plugins.PluginStatus.Loaded);
            if (failed is not null) throw new PluginLoadException([failed]);
            var data = crm.Schema.DemoData.Where(d => d.PluginId == plugin.Id).Select(d => d.Data).ToList();
            if (data.Count == 0) throw new CrmValidationException("industry", name, $"plugin '{plugin.Id}' ships no demo data");

            var seeder = crm.Services.GetRequiredService<DemoSeeder>();
            var results = new List<DemoResult>();
            if (cli.IsInteractive)
            {
                await cli.Out.Progress().AutoClear(false).StartAsync(async progress =>
                {
                    var task = progress.AddTask("Seeding customers, interactions and deals", maxValue: data.Sum(d => d.Customers.Count));
                    foreach (var set in data)
                        results.Add(await seeder.SeedAsync(set, new SyncProgress(_ => task.Increment(1)), ct));
                });
            }
            else
            {
                foreach (var set in data) results.Add(await seeder.SeedAsync(set, null, ct));
            }

            var deals = results.SelectMany(r => r.Deals).ToList();
            var documents = results.SelectMany(r => r.Documents).ToList();
            cli.Out.MarkupLine($"Seeded [bold]{results.Sum(r => r.Customers.Count)}[/] customers, [bold]{results.Sum(r => r.Interactions)}[/] interactions, " +
                $"[bold]{deals.Count}[/] deals ({deals.Count(d => d.Status == DealStatus.Won)} won, {deals.Count(d => d.Status == DealStatus.Lost)} lost, {deals.Count(d => d.Status == DealStatus.Open)} open), " +
                $"[bold]{documents.Count}[/] documents.");
            var seeded = results.SelectMany(r => r.Seeded).GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"[bold]{g.Sum(p => p.Value)}[/] {Display.Esc(g.Key)}").ToList();
            if (seeded.Count > 0) cli.Out.MarkupLine($"Also seeded {string.Join(", ", seeded)}.");

            if (documents.FirstOrDefault() is { } document)
            {
                cli.Out.Write(new Panel(new Text(document.Content)).Header($"{Display.Esc(document.Title)} — {Display.Esc(document.Id)}"));
            }
            foreach (var funnel in crm.Schema.Funnels.Where(f => crm.Schema.DeclaredBy("funnel", f.Key) == plugin.Id))
                ReportCommand.Write(cli, await crm.Send(new GetFunnelSummary(funnel.Key), ct));

            var ws = explicitWorkspace ? "" : $" -w {globals.Workspace}";
            cli.Out.MarkupLine($"Explore it: [grey]crm{Display.Esc(ws)} customers list[/], [grey]crm{Display.Esc(ws)} deals list[/], [grey]crm{Display.Esc(ws)} schema funnels[/].");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and arrive late).</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
