using Crm.Framework.Plugins;

namespace Crm.TestPlugins.NoManifest;

public sealed class NoManifestPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) { }
}
