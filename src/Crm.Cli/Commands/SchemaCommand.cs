using System.CommandLine;
using System.Globalization;
using Crm.Cli.Infrastructure;
using Crm.Framework.Fields;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm schema fields|funnels|templates|channels</c>: what the enabled plugins declare, so users know the keys to type.</summary>
public static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var fields = new Command("fields", "Custom fields, with type, rules and sensitivity.");
        fields.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var table = new Table().AddColumns("Target", "Key", "Label", "Type", "Rules", "Sensitivity", "Indexed");
            foreach (var f in crm.Schema.Fields.OrderBy(f => f.Target).ThenBy(f => f.Key, StringComparer.Ordinal))
                table.AddRow(f.Target.ToString().ToLowerInvariant(), Display.Esc(f.Key), Display.Esc(f.Label), f.Type.ToString().ToLowerInvariant(),
                    Display.Esc(Rules(f)), f.Sensitivity.ToString().ToLowerInvariant(), f.Indexed ? "yes" : "");
            cli.Out.Write(table);
            return 0;
        }));
        var funnels = new Command("funnels", "Funnels and their stages.");
        funnels.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            foreach (var funnel in crm.Schema.Funnels)
            {
                var table = new Table().Title($"{Display.Esc(funnel.Name)} ({Display.Esc(funnel.Key)})").AddColumns("Stage", "Name", "Kind", "Prob.", "Forecast", "Next", "Requires");
                foreach (var s in funnel.Stages)
                    table.AddRow(Display.Esc(s.Key), Display.Esc(s.Name), s.Kind.ToString().ToLowerInvariant(), s.Probability.ToString("P0", CultureInfo.InvariantCulture),
                        s.Forecast.ToString(), Display.Esc(s.IsClosed ? "—" : s.Next.Count == 0 ? "any" : string.Join(", ", s.Next)), Display.Esc(string.Join(", ", s.RequiredFields)));
                cli.Out.Write(table);
            }
            return 0;
        }));
        var templates = new Command("templates", "Document templates.");
        templates.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var table = new Table().AddColumns("Key", "Name", "Needs a deal", "Declared by");
            foreach (var t in crm.Schema.Templates)
                table.AddRow(Display.Esc(t.Key), Display.Esc(t.Name), t.RequiresDeal ? "yes" : "", Display.Esc(crm.Schema.DeclaredBy("template", t.Key)));
            cli.Out.Write(table);
            return 0;
        }));
        var channels = new Command("channels", "Interaction channels.");
        channels.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var table = new Table().AddColumns("Key", "Name", "Declared by");
            foreach (var c in crm.Schema.Channels) table.AddRow(Display.Esc(c.Key), Display.Esc(c.Name), Display.Esc(crm.Schema.DeclaredBy("channel", c.Key)));
            cli.Out.Write(table);
            return 0;
        }));
        return new Command("schema", "What the workspace's plugins declare.") { fields, funnels, templates, channels };
    }

    private static string Rules(FieldDefinition f)
    {
        var c = f.Constraints;
        var rules = new List<string>();
        if (f.Required) rules.Add("required");
        if (c.Min is not null || c.Max is not null) rules.Add($"{c.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{c.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
        if (c.Choices.Count > 0) rules.Add(string.Join("|", c.Choices));
        if (c.MaxLength is { } max) rules.Add($"≤{max} chars");
        if (c.PatternDescription is { } p) rules.Add(p);
        if (c.Currency is { } cur) rules.Add(cur);
        return string.Join("; ", rules);
    }
}
