using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Plugins;

/// <summary>
/// Turns found plugins into one <see cref="CrmSchema"/>: checks the framework range and dependencies,
/// runs each <see cref="ICrmPlugin.Configure"/> in dependency order and keeps a plugin only when it
/// configured without throwing and declared no key another already has. Every plugin gets a report.
/// </summary>
public static class PluginComposer
{
    /// <summary>Composes <paramref name="candidates"/> onto <paramref name="schema"/>.</summary>
    /// <param name="candidates">The plugins found.</param>
    /// <param name="schema">The schema to add to (already holding the kernel's and the app's declarations).</param>
    /// <param name="framework">The running framework version.</param>
    /// <param name="enabled">Plugin ids or industries to enable; null enables every plugin. Dependencies are enabled with them.</param>
    /// <param name="broken">Plugins that could not be read; reported as failed when enabled (or when all are), else as disabled with the reason.</param>
    public static PluginComposition Compose(
        IEnumerable<PluginCandidate> candidates,
        CrmSchema schema,
        Version framework,
        IReadOnlyCollection<string>? enabled = null,
        IEnumerable<BrokenPlugin>? broken = null)
    {
        var reports = new List<PluginReport>();
        var services = new List<ServiceDescriptor>();
        // A broken plugin the workspace does not enable is reported, but as disabled: it must not fail (or
        // warn on) every command of a workspace that never asked for it.
        foreach (var b in broken ?? [])
            reports.Add(new PluginReport(new PluginManifest(b.Id, b.Id, "?", null, null, [], "", b.Path),
                enabled is null || enabled.Contains(b.Id, StringComparer.OrdinalIgnoreCase) ? PluginStatus.Failed : PluginStatus.Disabled, b.Reason));

        var byId = new Dictionary<string, PluginCandidate>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates)
        {
            if (!byId.TryAdd(c.Manifest.Id, c))
                reports.Add(new PluginReport(c.Manifest, PluginStatus.Failed, $"Plugin '{c.Manifest.Id}' is installed twice ({c.Manifest.Path}); remove one copy."));
        }

        var wanted = EnabledClosure(byId, enabled);
        foreach (var missing in (enabled ?? []).Where(e => !byId.Values.Any(c => Matches(c.Manifest, e))))
            reports.Add(new PluginReport(new PluginManifest(missing, missing, "?", missing, null, [], ""), PluginStatus.Failed,
                $"'{missing}' is enabled, but no installed plugin has that id or industry; put the plugin in the plugins folder or stop enabling it."));
        var loaded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in DependencyOrder(byId.Values))
        {
            var m = candidate.Manifest;
            if (!wanted.Contains(m.Id))
            {
                reports.Add(new PluginReport(m, PluginStatus.Disabled));
                continue;
            }
            var failure = CheckFramework(m, framework) ?? CheckDependencies(m, byId, loaded) ?? Configure(candidate, schema, services);
            reports.Add(failure is null ? new PluginReport(m, PluginStatus.Loaded) : new PluginReport(m, PluginStatus.Failed, failure));
            if (failure is null) loaded.Add(m.Id);
        }
        return new PluginComposition(schema, reports.OrderBy(r => r.Manifest.Id, StringComparer.OrdinalIgnoreCase).ToList(), services);
    }

    /// <summary>
    /// Adds the application's own declarations (made before any plugin) to <paramref name="schema"/> and
    /// returns the services they registered; throws when they conflict or cannot work.
    /// </summary>
    /// <exception cref="SchemaException">The declarations conflict with the kernel's or each other, or are broken.</exception>
    public static IReadOnlyList<ServiceDescriptor> IncludeApp(CrmSchema schema, Action<ICrmPluginBuilder> declare)
    {
        var contribution = new PluginContribution("app");
        declare(contribution);
        var problems = DeclarationRules.Check(contribution, schema);
        if (problems.Count == 0) problems = schema.TryInclude(contribution);
        if (problems.Count > 0) throw new SchemaException($"The application's own declarations cannot be used: {string.Join("; ", problems)}.");
        return contribution.Services.ToList();
    }

    private static string? CheckFramework(PluginManifest m, Version framework)
    {
        if (!VersionRange.TryParse(m.Framework, out var range, out var error))
            return $"Plugin '{m.Id}' declares an unreadable framework range: {error}.";
        return range!.Includes(framework)
            ? null
            : $"Plugin '{m.Id}' supports framework versions {m.Framework}, but this is {ThreePart(framework)}; install a build of the plugin for this version.";
    }

    /// <summary>major.minor.build, also for a version given with two parts (where <see cref="Version.ToString(int)"/> throws).</summary>
    private static string ThreePart(Version v) => $"{v.Major}.{Math.Max(v.Minor, 0)}.{Math.Max(v.Build, 0)}";

    private static string? CheckDependencies(PluginManifest m, Dictionary<string, PluginCandidate> all, HashSet<string> loaded)
    {
        foreach (var dependency in m.Dependencies)
        {
            if (!all.ContainsKey(dependency))
                return $"Plugin '{m.Id}' needs plugin '{dependency}', which is not installed; put it in the plugins folder.";
            if (!loaded.Contains(dependency))
                return $"Plugin '{m.Id}' needs plugin '{dependency}', which failed to load (see its own report).";
        }
        return null;
    }

    private static string? Configure(PluginCandidate candidate, CrmSchema schema, List<ServiceDescriptor> services)
    {
        var id = candidate.Manifest.Id;
        var contribution = new PluginContribution(id);
        try
        {
            candidate.Create().Configure(contribution);
        }
        catch (Exception e)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } i } ? i : e;
            return $"Plugin '{id}' failed while configuring: {inner.GetType().Name}: {inner.Message}";
        }
        var problems = DeclarationRules.Check(contribution, schema);
        if (problems.Count > 0)
            return $"Plugin '{id}' has declarations that cannot work: {string.Join("; ", problems)}; fix them in '{id}'.";
        var conflicts = schema.TryInclude(contribution);
        if (conflicts.Count > 0)
            return $"Plugin '{id}' declares keys that are already taken: {string.Join("; ", conflicts)}; rename them in '{id}'.";
        services.AddRange(contribution.Services);
        return null;
    }

    private static HashSet<string> EnabledClosure(Dictionary<string, PluginCandidate> all, IReadOnlyCollection<string>? enabled)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(enabled is null
            ? all.Keys
            : all.Values.Where(c => enabled.Any(e => Matches(c.Manifest, e))).Select(c => c.Manifest.Id));
        while (queue.TryDequeue(out var id))
        {
            if (!result.Add(id) || !all.TryGetValue(id, out var c)) continue;
            foreach (var d in c.Manifest.Dependencies) queue.Enqueue(d);
        }
        return result;
    }

    private static bool Matches(PluginManifest manifest, string enabled) =>
        string.Equals(manifest.Id, enabled, StringComparison.OrdinalIgnoreCase)
        || string.Equals(manifest.Industry, enabled, StringComparison.OrdinalIgnoreCase);

    /// <summary>Dependencies before dependants; ties by id, so loading order is stable. Cycles fall back to id order.</summary>
    private static IEnumerable<PluginCandidate> DependencyOrder(IEnumerable<PluginCandidate> candidates)
    {
        var pending = candidates.OrderBy(c => c.Manifest.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(c => c.Manifest.Dependencies.All(d => done.Contains(d) || pending.All(p => !p.Manifest.Id.Equals(d, StringComparison.OrdinalIgnoreCase))))
                       ?? pending[0];
            pending.Remove(next);
            done.Add(next.Manifest.Id);
            yield return next;
        }
    }
}

/// <summary>The result of composing plugins: the schema, a report per plugin and the services loaded plugins registered.</summary>
/// <param name="Schema">The composed schema.</param>
/// <param name="Reports">One report per plugin, by id.</param>
/// <param name="Services">Service registrations of the loaded plugins.</param>
public sealed record PluginComposition(CrmSchema Schema, IReadOnlyList<PluginReport> Reports, IReadOnlyList<ServiceDescriptor> Services);
