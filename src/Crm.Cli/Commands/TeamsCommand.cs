using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Teams;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary>
/// <c>crm teams list|add|remove</c>: the company's teams, kept in <c>workspace.json</c> — who new leads are
/// shared among, whose agenda is shown together, who takes escalated cases.
/// </summary>
public static class TeamsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("teams", "Teams of users: lead rotation, team agendas, escalations.")
    {
        List(cli), Add(cli), Remove(cli),
    };

    private static Command List(CliContext cli)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "List the teams: the workspace's own and those plugins declare.") { json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var teams = crm.Schema.Teams().Select(t => new
            {
                t.Key, t.Name, t.Members, Lead = t.EscalatesTo, DeclaredBy = crm.Schema.DeclaredBy(TeamDeclarations.Kind, t.Key),
            }).ToList();
            if (parse.GetValue(json))
            {
                cli.WriteJson(teams);
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Key", "Name", "Members", "Lead", "Declared by");
            foreach (var t in teams)
                table.AddRow(Display.Esc(t.Key), Display.Esc(t.Name), Display.Esc(string.Join(", ", t.Members)), Display.Esc(t.Lead), Display.Esc(t.DeclaredBy == "app" ? "workspace" : t.DeclaredBy));
            cli.Out.Write(table);
            if (teams.Count == 0) cli.Out.MarkupLine("[grey]No teams yet; add one with 'crm teams add <key> --members maria,tom'.[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Add(CliContext cli)
    {
        var key = new Argument<string>("key") { Description = "snake_case key, e.g. retail_sales." };
        var name = new Option<string?>("--name") { Description = "Display name; default: the key in words." };
        var members = new Option<string[]>("--members") { Description = "User names, comma-separated or repeated, in rotation order.", Required = true, AllowMultipleArgumentsPerToken = true };
        var lead = new Option<string?>("--lead") { Description = "Who takes escalations; default: the first member." };
        var command = new Command("add", "Add a team to the workspace, or replace the one with this key.") { key, name, members, lead };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var globals = CliContext.Globals(parse);
            var teamKey = parse.GetValue(key)!;
            var names = parse.GetValue(members)!.SelectMany(m => m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var team = new WorkspaceTeam(teamKey, parse.GetValue(name) ?? Words(teamKey), names, parse.GetValue(lead));
            if (!Crm.Framework.Fields.FieldDefinition.IsValidKey(teamKey))
                throw new CrmValidationException("team", teamKey, "must be a snake_case key such as retail_sales");
            if (names.Count == 0)
                throw new CrmValidationException("members", "", "must name at least one user");
            if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new CrmValidationException("members", twice.Key, "is listed twice");
            if (team.Lead is { } l && !names.Contains(l, StringComparer.OrdinalIgnoreCase))
                throw new CrmValidationException("lead", l, $"must be one of the members ({string.Join(", ", names)})");
            var checkedTeam = new TeamDefinition(team.Key, team.Name, team.Members) { Lead = team.Lead };

            await using (var crm = await CrmSession.OpenAsync(globals, cli, ct))
            {
                if (crm.Schema.DeclaredBy(TeamDeclarations.Kind, teamKey) is { } owner and not "app")
                    throw new BusinessRuleException($"Team '{teamKey}' is declared by plugin '{owner}'; choose another key for the workspace's team.");
            }
            var workspace = CrmWorkspace.Open(globals.Workspace);
            var replaced = workspace.Settings.Teams.Any(t => t.Key == teamKey);
            workspace.Save(workspace.Settings with { Teams = [.. workspace.Settings.Teams.Where(t => t.Key != teamKey), team] });
            cli.Out.MarkupLine($"{(replaced ? "Updated" : "Added")} team [bold]{Display.Esc(checkedTeam.Key)}[/] ({Display.Esc(string.Join(", ", checkedTeam.Members))}; escalations to {Display.Esc(checkedTeam.EscalatesTo)}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(CliContext cli)
    {
        var key = new Argument<string>("key") { Description = "The team's key." };
        var command = new Command("remove", "Remove a team from the workspace.") { key };
        command.SetAction((parse, _) => cli.Run(() =>
        {
            var workspace = CrmWorkspace.Open(CliContext.Globals(parse).Workspace);
            var teamKey = parse.GetValue(key)!;
            if (workspace.Settings.Teams.All(t => t.Key != teamKey))
                throw new NotFoundException("team", teamKey, $"the workspace's teams: {(workspace.Settings.Teams.Count == 0 ? "none" : string.Join(", ", workspace.Settings.Teams.Select(t => t.Key)))}");
            workspace.Save(workspace.Settings with { Teams = workspace.Settings.Teams.Where(t => t.Key != teamKey).ToList() });
            cli.Out.MarkupLine($"Removed team [bold]{Display.Esc(teamKey)}[/].");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static string Words(string key) => char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');
}
