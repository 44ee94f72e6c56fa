using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.TestPlugins.Loyalty", "Loyalty (test)", "1.2.0", Industry = "retail")]

namespace Crm.TestPlugins.Loyalty;

public sealed class LoyaltyPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) => builder
        .AddField(new FieldDefinition("loyalty_tier", "Loyalty tier", FieldType.Choice, FieldTarget.Customer)
        {
            Constraints = new FieldConstraints { Choices = ["bronze", "silver", "gold"] },
            Indexed = true,
        })
        .AddChannel(new ChannelDefinition("loyalty_app", "Loyalty app"));
}
