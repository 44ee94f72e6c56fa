using Crm.Framework.Plugins;

namespace Crm.Plugins.Airline.Demo;

/// <summary>
/// The demo for <c>crm demo airline</c>: 14 customers of a Tallinn-based network airline — six
/// passengers from a first-time traveller to a Platinum member, three group organisers and five
/// companies — with their desk, gate, lounge, call-centre and app contacts, 22 deals that fill every
/// stage of the three funnels, and the documents rendered for some of them.
/// </summary>
public static class AirlineDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. Passengers.All(),
        .. GroupOrganisers.All(),
        .. CorporateAccounts.All(),
    ]);
}
