namespace Crm.Framework.Plugins;

/// <summary>
/// The entry class of a plugin: one public class with a parameterless constructor per plugin assembly.
/// <see cref="Configure"/> declares everything the plugin adds; it runs once at start.
/// </summary>
public interface ICrmPlugin
{
    /// <summary>Declares the plugin's fields, funnels, templates, channels, services, automation and demo data.</summary>
    void Configure(ICrmPluginBuilder builder);
}
