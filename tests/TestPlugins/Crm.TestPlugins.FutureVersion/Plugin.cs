using Crm.Framework.Fields;
using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.TestPlugins.FutureVersion", "Future version (test)", "3.0.0", Framework = "[2.0,3.0)")]

namespace Crm.TestPlugins.FutureVersion;

public sealed class FuturePlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) =>
        builder.AddField(new FieldDefinition("hologram_id", "Hologram id", FieldType.Text, FieldTarget.Customer));
}
