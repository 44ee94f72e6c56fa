using Crm.Framework.Fields;
using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.TestPlugins.LoyaltyCopy", "Loyalty copy (test)", "1.0.0")]

namespace Crm.TestPlugins.LoyaltyCopy;

/// <summary>Declares the customer field 'loyalty_tier', which Crm.TestPlugins.Loyalty already declares.</summary>
public sealed class LoyaltyCopyPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) => builder
        .AddField(new FieldDefinition("vip_since", "VIP since", FieldType.Date, FieldTarget.Customer))
        .AddField(new FieldDefinition("loyalty_tier", "Tier", FieldType.Text, FieldTarget.Customer));
}
