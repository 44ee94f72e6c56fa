using Crm.Framework.Leads;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Automotive.Demo;

/// <summary>
/// The demo for <c>crm demo automotive</c>: 13 customers of Norvik Motors UK and four of its dealers
/// (London, Manchester, Bristol, Leeds) — private buyers at every step from the configurator lead to the
/// handover, owners in the workshop and with warranty claims, a fleet and a rental company — with their
/// showroom, configurator, test-drive, service reception, roadside and connected-car contacts, 23 deals
/// that fill every stage of the three funnels, and 10 letters rendered for them; the day's work on them
/// (sales and service activities, customer cases, quotes from the catalogue) and the requests that came in.
/// </summary>
public static class AutomotiveDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. RetailBuyers.All(),
        .. Owners.All(),
        .. FleetCustomers.All(),
    ])
    {
        InboundRequests = InboundRequests(),
    };

    /// <summary>
    /// Two requests from known customers (by email, and by a phone number written the UK way), a configurator lead
    /// for the retail sales executives, a fleet enquiry for the fleet desk, and the configurator lead sent again.
    /// </summary>
    private static IReadOnlyList<CaptureLead> InboundRequests()
    {
        var configuration = new CaptureLead
        {
            Channel = AutomotiveChannels.OnlineConfigurator.Key,
            Name = "Rhys Morgan",
            Email = "rhys.morgan@example.co.uk",
            Phone = "07700 900733",
            Message = "Saved a Merlin-e Long Range configuration (NK7T3P9A) and asked for a PCP quote and a test drive in Bristol.",
            Source = "online_configurator",
            ExternalId = "cfg-NK7T3P9A",
            Fields = new Dictionary<string, object?> { ["vehicle_buyer_type"] = "private", ["selling_dealer"] = "BS007" },
        };
        return
        [
            new CaptureLead
            {
                Channel = "email",
                Name = "Sarah Whitfield",
                Email = "sarah.whitfield@example.co.uk",
                Message = "Does the PCP include GAP insurance, and can the extended warranty be added to the agreement?",
            },
            new CaptureLead
            {
                Channel = "phone",
                Name = "James Okafor",
                Phone = "07700 900587",
                Message = "Can Tuesday's test drive move to the afternoon?",
            },
            configuration,
            new CaptureLead
            {
                Channel = "web_form",
                Name = "Claire Dunn",
                Company = "Brightwell Logistics Ltd",
                Email = "claire.dunn@brightwell-logistics.example.co.uk",
                Phone = "+44 161 496 0734",
                Message = "We are replacing 35 vans over the next year: fleet terms for Falcon vans with a 3-year service plan?",
                Source = "fleet_landing_page",
                Fields = new Dictionary<string, object?> { ["vehicle_buyer_type"] = "fleet", ["vehicle_fleet_size"] = 35 },
            },
            configuration, // the configurator posted the same lead twice: recognised by its id
        ];
    }
}
