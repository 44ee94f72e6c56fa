using Crm.Framework.Plugins;

namespace Crm.Plugins.Bank.Demo;

/// <summary>
/// The demo for <c>crm demo bank</c>: 15 customers of a Baltic retail and business bank (people in
/// every segment, SMEs and a corporate) with their branch, internet-banking, app and phone contacts,
/// 30 deals that fill every stage of the four funnels, and the letters rendered for some of them; the advisers'
/// calls, meetings and tasks, service cases (one past its SLA), quotes with an accepted one, and inbound requests.
/// </summary>
public static class BankDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. RetailCustomers.All(),
        .. RetailApplicants.All(),
        .. PremiumCustomers.All(),
        .. BusinessCustomers.All(),
    ])
    {
        InboundRequests = BankInboundRequests.All(),
    };
}
