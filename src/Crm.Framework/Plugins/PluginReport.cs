namespace Crm.Framework.Plugins;

/// <summary>Whether a plugin took part.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and configured; its declarations are in the schema.</summary>
    Loaded,
    /// <summary>Not enabled in this workspace.</summary>
    Disabled,
    /// <summary>Could not be loaded; see <see cref="PluginReport.Reason"/>.</summary>
    Failed,
}

/// <summary>The outcome for one plugin, for <c>crm plugins list</c> and start-up logs.</summary>
/// <param name="Manifest">The plugin's manifest.</param>
/// <param name="Status">Loaded, disabled or failed.</param>
/// <param name="Reason">Why it failed, in one sentence naming the plugin.</param>
public sealed record PluginReport(PluginManifest Manifest, PluginStatus Status, string? Reason = null);

/// <summary>A plugin found but not yet configured.</summary>
/// <param name="Manifest">Its manifest.</param>
/// <param name="Create">Creates the entry class instance; may throw when the assembly is broken.</param>
public sealed record PluginCandidate(PluginManifest Manifest, Func<ICrmPlugin> Create);

/// <summary>A plugin that could not even be read (no manifest, not a .NET assembly).</summary>
/// <param name="Id">The folder name standing in for the id.</param>
/// <param name="Path">The file.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record BrokenPlugin(string Id, string Path, string Reason);
