using System.Reflection;
using System.Text.RegularExpressions;
using Crm.Framework.Demo;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Testing.Conformance;

/// <summary>
/// The conformance checks, usable from any test framework: each returns the problems it found (empty
/// when the plugin keeps the rule). <see cref="PluginConformanceTests"/> runs them as xunit tests.
/// </summary>
public static partial class PluginConformance
{
    /// <summary>Checks the manifest attribute and the entry class of the plugin's assembly.</summary>
    public static IReadOnlyList<ConformanceProblem> CheckManifest(ICrmPlugin plugin)
    {
        var problems = new List<ConformanceProblem>();
        var assembly = plugin.GetType().Assembly;
        var name = assembly.GetName().Name;
        var m = assembly.GetCustomAttribute<CrmPluginAttribute>();
        if (m is null) return [Problem(ConformanceRule.Manifest, $"assembly '{name}' has no [assembly: CrmPlugin(...)] manifest")];
        if (m.Id != name) problems.Add(Problem(ConformanceRule.Manifest, $"the id '{m.Id}' differs from the assembly name '{name}'; they must match (plugins/<Id>/<Id>.dll)"));
        if (!SemanticVersion().IsMatch(m.Version)) problems.Add(Problem(ConformanceRule.Manifest, $"version '{m.Version}' is not a semantic version like 1.2.0"));
        if (string.IsNullOrWhiteSpace(m.Name)) problems.Add(Problem(ConformanceRule.Manifest, "the name is empty"));
        if (string.IsNullOrWhiteSpace(m.Industry) || !FieldDefinition.IsValidKey(m.Industry)) problems.Add(Problem(ConformanceRule.Manifest, $"industry '{m.Industry}' must be a lower-case word like 'bank'"));
        if (string.IsNullOrWhiteSpace(m.Description)) problems.Add(Problem(ConformanceRule.Manifest, "the description is empty; crm plugins list shows it"));
        if (!VersionRange.TryParse(m.Framework, out var range, out var error)) problems.Add(Problem(ConformanceRule.Manifest, $"framework range '{m.Framework}' is unreadable: {error}"));
        else if (!range!.Includes(CrmFrameworkInfo.Version)) problems.Add(Problem(ConformanceRule.Manifest, $"framework range {m.Framework} excludes this framework {CrmFrameworkInfo.Version.ToString(3)}"));
        var entries = assembly.GetTypes().Count(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ICrmPlugin).IsAssignableFrom(t));
        if (entries != 1) problems.Add(Problem(ConformanceRule.Manifest, $"the assembly has {entries} public ICrmPlugin classes; it needs exactly one entry class"));
        return problems;
    }

    /// <summary>Configures the plugin alone and checks keys, field definitions, funnel shapes and required fields.</summary>
    public static IReadOnlyList<ConformanceProblem> CheckDeclarations(ICrmPlugin plugin)
    {
        if (!TryConfigure(plugin, out var contribution, out var failure)) return [failure!];
        var problems = new List<ConformanceProblem>();
        problems.AddRange(new CrmSchema().TryInclude(contribution).Select(p => Problem(ConformanceRule.UniqueKeys, p)));
        problems.AddRange(DeclarationRules.CheckFields(contribution.Fields).Select(p => Problem(ConformanceRule.FieldDefinitions, p)));
        problems.AddRange(contribution.Funnels.SelectMany(FunnelShape).Select(p => Problem(ConformanceRule.FunnelShape, p)));
        var dealFields = contribution.Fields.Where(f => f.Target == FieldTarget.Deal).Select(f => f.Key);
        problems.AddRange(DeclarationRules.CheckRequiredFields(contribution.Funnels, dealFields).Select(p => Problem(ConformanceRule.RequiredFieldsDeclared, p)));
        problems.AddRange(DeclarationRules.CheckTemplateFunnels(contribution.Templates, contribution.Funnels.Select(f => f.Key)).Select(p => Problem(ConformanceRule.TemplatesRender, p)));
        var alone = new CrmSchema();
        var scripts = contribution.Declarations.Select(d => d.Item).OfType<CallScripts.CallScript>();
        problems.AddRange(CallScripts.CallScriptSchema.CheckFunnels(scripts, key => contribution.Funnels.FirstOrDefault(f => f.Key == key))
            .Concat(DeclarationRules.CheckReferences(contribution, alone)).Select(p => Problem(ConformanceRule.ReferencesDeclared, p)));
        return problems;
    }

    /// <summary>Checks that every <c>x.fields.key</c> a template references is a field the plugin declares.</summary>
    public static IReadOnlyList<ConformanceProblem> CheckTemplateFields(ICrmPlugin plugin)
    {
        if (!TryConfigure(plugin, out var contribution, out var failure)) return [failure!];
        var problems = new List<ConformanceProblem>();
        foreach (var template in contribution.Templates)
        {
            foreach (Match match in FieldReference().Matches(template.Source))
            {
                var (root, key) = (match.Groups["root"].Value, match.Groups["key"].Value);
                FieldTarget[] targets = root switch
                {
                    "customer" => [FieldTarget.Customer],
                    "deal" => [FieldTarget.Deal],
                    _ => [FieldTarget.Customer, FieldTarget.Deal, FieldTarget.Interaction], // a loop variable over deals or interactions
                };
                if (!contribution.Fields.Any(f => f.Key == key && targets.Contains(f.Target)))
                {
                    var line = template.Source[..match.Index].Count(c => c == '\n') + 1;
                    problems.Add(Problem(ConformanceRule.TemplateFieldsDeclared,
                        $"template '{template.Key}' line {line} uses '{match.Value}', but no {string.Join(" or ", targets.Select(t => t.ToString().ToLowerInvariant()))} field '{key}' is declared"));
                }
            }
        }
        return problems.DistinctBy(p => p.Message).ToList();
    }

    /// <summary>
    /// Seeds the demo data customer by customer through the real pipeline (in memory), then renders every
    /// template for every demo customer it applies to. Problems are <see cref="ConformanceRule.DemoDataValid"/>
    /// (a customer that does not seed, automation that failed, no demo data) or <see cref="ConformanceRule.TemplatesRender"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ConformanceProblem>> CheckDemoDataAndTemplatesAsync(ICrmPlugin plugin)
    {
        await using var crm = CrmTestHost.Create(plugin);
        var report = crm.Plugins.Single();
        if (report.Status != PluginStatus.Loaded) return [Problem(ConformanceRule.Configures, report.Reason ?? "the plugin did not load")];

        var problems = new List<ConformanceProblem>();
        var demo = crm.Schema.DemoData.SelectMany(d => d.Data.Customers).ToList();
        if (demo.Count == 0) problems.Add(Problem(ConformanceRule.DemoDataValid, "the plugin ships no demo data (builder.AddDemoData)"));
        var seeder = crm.Services.GetRequiredService<DemoSeeder>();
        var seeded = new List<DemoResult>();
        foreach (var customer in demo)
        {
            try
            {
                seeded.Add(await seeder.SeedAsync(new DemoData([customer])));
            }
            catch (CrmException e)
            {
                problems.Add(Problem(ConformanceRule.DemoDataValid, $"demo customer '{customer.Card.Name}' does not seed: {e.Message}"));
            }
        }
        problems.AddRange(crm.Log.Entries.Select(e => Problem(ConformanceRule.DemoDataValid, $"while seeding, {e}")));

        foreach (var template in crm.Schema.Templates)
        {
            // A template needing a deal renders for every demo deal of its funnels; any other for every demo customer.
            var targets = seeded.SelectMany(r => template.RequiresDeal
                    ? r.Deals.Where(d => template.IsFor(d.Funnel)).Select(d => (Customer: r.Customers[0], Deal: (Deal?)d))
                    : [(Customer: r.Customers[0], Deal: (Deal?)null)])
                .ToList();
            if (targets.Count == 0)
                problems.Add(Problem(ConformanceRule.TemplatesRender, $"template '{template.Key}' needs a deal{(template.Funnels.Count > 0 ? $" in {string.Join(", ", template.Funnels)}" : "")}, but no demo customer has one"));
            foreach (var (customer, deal) in targets)
            {
                try
                {
                    await crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template.Key, DealId = deal?.Id });
                }
                catch (CrmException e)
                {
                    var what = deal is null ? $"demo customer '{customer.Name}'" : $"demo deal '{deal.Title}' of '{customer.Name}' ({deal.Funnel} at {deal.Stage})";
                    problems.Add(Problem(ConformanceRule.TemplatesRender, $"template '{template.Key}' does not render for {what}: {e.Message}"));
                }
            }
        }
        return problems;
    }

    /// <summary>
    /// Loads every plugin built into <paramref name="pluginsFolder"/> (the <c>plugins/&lt;Id&gt;/&lt;Id&gt;.dll</c>
    /// layout) in a fresh composition, all enabled, and checks that <paramref name="pluginId"/> loads and that no
    /// plugin fails because of a key it shares with <paramref name="pluginId"/>.
    /// </summary>
    public static IReadOnlyList<ConformanceProblem> CheckLoadsWithOthers(string pluginsFolder, string pluginId)
    {
        var (found, broken) = PluginDiscovery.Discover(pluginsFolder);
        if (found.All(c => c.Manifest.Id != pluginId))
            return [Problem(ConformanceRule.LoadsWithOthers, $"'{pluginId}' is not among the built plugins in '{pluginsFolder}'; add it as a <CrmPlugin> of the test project")];
        var reports = PluginComposer.Compose(found, new CrmSchema(), CrmFrameworkInfo.Version, enabled: null, broken).Reports;
        var problems = new List<ConformanceProblem>();
        var own = reports.Single(r => r.Manifest.Id == pluginId);
        if (own.Status != PluginStatus.Loaded)
            problems.Add(Problem(ConformanceRule.LoadsWithOthers, own.Reason ?? $"'{pluginId}' did not load"));
        problems.AddRange(reports
            .Where(r => r.Manifest.Id != pluginId && r.Status == PluginStatus.Failed && r.Reason is { } reason && reason.Contains($"'{pluginId}'", StringComparison.Ordinal))
            .Select(r => Problem(ConformanceRule.LoadsWithOthers, r.Reason!)));
        return problems;
    }

    /// <summary>The stages a deal can reach from the funnel's start through allowed moves, the start included, nearest first.</summary>
    public static IEnumerable<StageDefinition> ReachableStages(FunnelDefinition funnel)
    {
        var seen = new HashSet<string> { funnel.Start.Key };
        var queue = new Queue<StageDefinition>([funnel.Start]);
        while (queue.TryDequeue(out var stage))
        {
            yield return stage;
            foreach (var next in funnel.Stages.Where(s => stage.Allows(s.Key) && seen.Add(s.Key)))
                queue.Enqueue(next);
        }
    }

    private static IEnumerable<string> FunnelShape(FunnelDefinition funnel)
    {
        var reachable = ReachableStages(funnel).Select(s => s.Key).ToHashSet();
        foreach (var kind in new[] { StageKind.Won, StageKind.Lost })
        {
            var word = kind.ToString().ToLowerInvariant();
            if (funnel.Stages.All(s => s.Kind != kind)) yield return $"funnel '{funnel.Key}' has no {word} stage";
            else if (!funnel.Stages.Any(s => s.Kind == kind && reachable.Contains(s.Key))) yield return $"funnel '{funnel.Key}' cannot reach a {word} stage from '{funnel.Start.Key}'";
        }
        foreach (var stage in funnel.Stages.Where(s => !reachable.Contains(s.Key)))
            yield return $"funnel '{funnel.Key}' stage '{stage.Key}' cannot be reached from '{funnel.Start.Key}'";
    }

    private static bool TryConfigure(ICrmPlugin plugin, out PluginContribution contribution, out ConformanceProblem? failure)
    {
        contribution = new PluginContribution(plugin.GetType().Assembly.GetName().Name ?? plugin.GetType().Name);
        try
        {
            plugin.Configure(contribution);
            failure = null;
            return true;
        }
        catch (Exception e)
        {
            failure = Problem(ConformanceRule.Configures, $"Configure threw {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    private static ConformanceProblem Problem(ConformanceRule rule, string message) => new(rule, message);

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemanticVersion();

    [GeneratedRegex(@"\b(?<root>[a-z_][a-z0-9_]*)\.fields\.(?<key>[a-z_][a-z0-9_]*)")]
    private static partial Regex FieldReference();
}
