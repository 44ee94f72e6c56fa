using Crm.Framework.Plugins;

namespace Crm.Plugins.Telecom.Demo;

/// <summary>
/// The demo for <c>crm demo telecom</c>: 15 subscribers of a UK mobile and broadband operator (11 consumers and
/// 4 business accounts) with their store, call-centre, app, USSD and engineer contacts, 30 deals that fill every
/// stage of the four funnels, and the documents rendered for some of them; the advisers' calls, meetings and tasks,
/// service cases (an outage past its fix target), quotes with an accepted one, and inbound requests.
/// </summary>
public static class TelecomDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. NewSubscribers.All(),
        .. ExistingSubscribers.All(),
        .. BusinessAccounts.All(),
    ])
    {
        InboundRequests = TelecomInboundRequests.All(),
    };
}
