using Crm.Framework.Leads;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Airline.Demo;

/// <summary>
/// The demo for <c>crm demo airline</c>: 14 customers of a Tallinn-based network airline — six
/// passengers from a first-time traveller to a Platinum member, three group organisers and five
/// companies — with their desk, gate, lounge, call-centre and app contacts, 22 deals that fill every
/// stage of the three funnels, and the documents rendered for some of them; the day's work on them
/// (call-centre and group-desk activities, customer care cases, quotes from the fares catalogue) and
/// the requests that came in overnight.
/// </summary>
public static class AirlineDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. Passengers.All(),
        .. GroupOrganisers.All(),
        .. CorporateAccounts.All(),
    ])
    {
        InboundRequests = InboundRequests(),
    };

    /// <summary>
    /// Two requests from known passengers (by email, by phone), a choir's group request routed to the group desk,
    /// an app enquiry shared among the reservations agents, and the same app message delivered twice.
    /// </summary>
    private static IReadOnlyList<CaptureLead> InboundRequests()
    {
        var oslo = new CaptureLead
        {
            Channel = AirlineChannels.AirlineApp.Key,
            Name = "Mihkel Tamm",
            Email = "mihkel.tamm@gmail.com",
            Phone = "+372 5344 1207",
            Message = "Fares Tallinn–Oslo for two adults on the May long weekend?",
            ExternalId = "app-msg-55117",
        };
        return
        [
            new CaptureLead
            {
                Channel = AirlineChannels.AirlineApp.Key,
                Name = "Kristjan Lepp",
                Email = "kristjan.lepp@outlook.com",
                Message = "Please add my frequent flyer number to booking K7QX2M for the return flight too.",
                ExternalId = "app-msg-55102",
            },
            new CaptureLead
            {
                Channel = AirlineChannels.CallCentre.Key,
                Name = "Liis Mägi",
                Phone = "+372 5566 2310",
                Message = "Can my mother join the Barcelona booking as a fifth passenger on the same fare?",
            },
            new CaptureLead
            {
                Channel = "web_form",
                Name = "Kadri Raud",
                Company = "Tartu Chamber Choir",
                Email = "kadri.raud@tartukammerkoor.ee",
                Message = "Concert tour to Vienna, 12–16 June: 32 singers and 2 conductors, with instruments in the cabin.",
                Source = "website_groups",
                Fields = new Dictionary<string, object?> { ["airline_account_type"] = "group_organiser", ["home_airport"] = "TLL" },
            },
            oslo,
            oslo, // the app delivered the message twice: recognised by its message id
        ];
    }
}
