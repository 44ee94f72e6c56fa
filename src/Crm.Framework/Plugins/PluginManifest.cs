namespace Crm.Framework.Plugins;

/// <summary>What a plugin says about itself in its <see cref="CrmPluginAttribute"/>, plus where it was found.</summary>
public sealed record PluginManifest(
    string Id,
    string Name,
    string Version,
    string? Industry,
    string? Description,
    IReadOnlyList<string> Dependencies,
    string Framework,
    string? Path = null)
{
    /// <summary>Reads the manifest from the attribute.</summary>
    public static PluginManifest From(CrmPluginAttribute attribute, string? path = null) =>
        new(attribute.Id, attribute.Name, attribute.Version, attribute.Industry, attribute.Description,
            attribute.Dependencies, attribute.Framework, path);
}
