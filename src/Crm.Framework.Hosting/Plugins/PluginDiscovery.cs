using System.Reflection;
using Crm.Framework.Plugins;
using McMaster.NETCore.Plugins;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Framework.Hosting.Plugins;

/// <summary>
/// Finds plugins in a folder laid out as <c>&lt;folder&gt;/&lt;Id&gt;/&lt;Id&gt;.dll</c> and loads each into
/// its own load context (McMaster.NETCore.Plugins) that shares the host's Abstractions, MediatR,
/// DI and logging types, so the plugin's types cast to the host's interfaces. Nothing is unloaded.
/// </summary>
public static class PluginDiscovery
{
    private static readonly Type[] SharedTypes =
    [
        typeof(ICrmPlugin), typeof(IMediator), typeof(IServiceCollection), typeof(ILogger), typeof(TimeProvider),
    ];

    /// <summary>Reads the manifests of every plugin in <paramref name="folder"/>; a folder that does not exist holds no plugins.</summary>
    public static (IReadOnlyList<PluginCandidate> Found, IReadOnlyList<BrokenPlugin> Broken) Discover(string folder)
    {
        var found = new List<PluginCandidate>();
        var broken = new List<BrokenPlugin>();
        if (!Directory.Exists(folder)) return (found, broken);

        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(directory);
            var dll = Path.Combine(directory, id + ".dll");
            if (!File.Exists(dll))
            {
                broken.Add(new BrokenPlugin(id, directory, $"Plugin folder '{id}' has no '{id}.dll'; a plugin must be laid out as plugins/<Id>/<Id>.dll."));
                continue;
            }
            try
            {
                found.Add(Load(id, dll));
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException)
            {
                broken.Add(new BrokenPlugin(id, dll, $"Plugin '{id}' could not be read: {e.Message}"));
            }
        }
        return (found, broken);
    }

    private static PluginCandidate Load(string id, string dll)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(dll, SharedTypes, config => config.PreferSharedTypes = true);
        var assembly = loader.LoadDefaultAssembly();
        var attribute = assembly.GetCustomAttribute<CrmPluginAttribute>()
            ?? throw new InvalidOperationException($"'{Path.GetFileName(dll)}' has no [assembly: CrmPlugin(...)] manifest, so it is not a Crm.Framework plugin.");
        if (!string.Equals(attribute.Id, id, StringComparison.Ordinal))
            throw new InvalidOperationException($"its manifest says id '{attribute.Id}' but it sits in folder '{id}'; the folder, the DLL and the id must match.");
        return new PluginCandidate(PluginManifest.From(attribute, dll), () => CreateEntry(assembly, attribute.Id));
    }

    private static ICrmPlugin CreateEntry(Assembly assembly, string id)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var reasons = e.LoaderExceptions.Where(x => x is not null).Select(x => x!.Message).Distinct();
            throw new InvalidOperationException($"some of its types could not be loaded ({string.Join("; ", reasons)}); is it built for this framework version?", e);
        }
        var entries = types.Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ICrmPlugin).IsAssignableFrom(t)).ToList();
        var entry = entries.Count switch
        {
            1 => entries[0],
            0 => throw new InvalidOperationException($"it has no public class implementing ICrmPlugin."),
            _ => throw new InvalidOperationException($"it has {entries.Count} classes implementing ICrmPlugin ({string.Join(", ", entries.Select(t => t.Name))}); keep exactly one entry class."),
        };
        if (entry.GetConstructor(Type.EmptyTypes) is null)
            throw new InvalidOperationException($"its entry class {entry.Name} needs a public parameterless constructor.");
        return (ICrmPlugin)Activator.CreateInstance(entry)!;
    }
}
