using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.TestPlugins.Throwing", "Throwing (test)", "1.0.0")]

namespace Crm.TestPlugins.Throwing;

public sealed class ThrowingPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) =>
        throw new InvalidOperationException("the licence file is missing");
}
