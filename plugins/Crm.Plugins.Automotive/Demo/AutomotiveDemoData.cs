using Crm.Framework.Plugins;

namespace Crm.Plugins.Automotive.Demo;

/// <summary>
/// The demo for <c>crm demo automotive</c>: 13 customers of Norvik Motors UK and four of its dealers
/// (London, Manchester, Bristol, Leeds) — private buyers at every step from the configurator lead to the
/// handover, owners in the workshop and with warranty claims, a fleet and a rental company — with their
/// showroom, configurator, test-drive, service reception, roadside and connected-car contacts, 23 deals
/// that fill every stage of the three funnels, and 10 letters rendered for them.
/// </summary>
public static class AutomotiveDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. RetailBuyers.All(),
        .. Owners.All(),
        .. FleetCustomers.All(),
    ]);
}
