using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.TestPlugins.NeedsMissing", "Needs a missing plugin (test)", "1.0.0", Dependencies = ["Crm.Plugins.Insurance"])]

namespace Crm.TestPlugins.NeedsMissing;

public sealed class NeedsMissingPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) { }
}
