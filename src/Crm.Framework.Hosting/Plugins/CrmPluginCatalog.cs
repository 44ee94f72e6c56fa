using Crm.Framework.Plugins;

namespace Crm.Framework.Hosting.Plugins;

/// <summary>The outcome of plugin loading at start: one report per plugin found, for <c>crm plugins list</c> and health checks.</summary>
/// <param name="Folder">The plugins folder searched.</param>
/// <param name="Reports">One report per plugin, by id.</param>
public sealed record CrmPluginCatalog(string Folder, IReadOnlyList<PluginReport> Reports)
{
    /// <summary>The plugins that failed.</summary>
    public IEnumerable<PluginReport> Failed => Reports.Where(r => r.Status == PluginStatus.Failed);

    /// <summary>The plugins loaded.</summary>
    public IEnumerable<PluginReport> Loaded => Reports.Where(r => r.Status == PluginStatus.Loaded);
}

/// <summary>Plugins failed to load and the host was told to fail fast (<see cref="CrmOptions.FailOnPluginError"/>).</summary>
public sealed class PluginLoadException(IEnumerable<PluginReport> failed)
    : CrmException(string.Join(" ", failed.Select(f => f.Reason)))
{
    /// <inheritdoc />
    public override string Code => "plugin";
}
