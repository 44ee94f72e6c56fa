using Crm.Framework.Leads;
using Crm.Framework.Teams;

namespace Crm.Plugins.Telecom;

/// <summary>
/// The operator's teams and how new leads are routed: small businesses go to the business account manager,
/// online orders and enquiries are shared in turn among the consumer sales advisers.
/// </summary>
public static class TelecomTeams
{
    /// <summary>The business account manager of small businesses.</summary>
    public const string BusinessAccountManager = "rachel.adeyemi";

    /// <summary>The head of business care, who takes enterprise cases that miss a target.</summary>
    public const string HeadOfBusinessCare = "owen.jenkins";

    /// <summary>Consumer sales advisers, who share the website's leads.</summary>
    public static TeamDefinition ConsumerSales { get; } = new("telecom_consumer_sales", "Consumer sales", ["priya.shah", "tom.barker", "leah.morgan"])
    {
        Lead = "priya.shah",
    };

    /// <summary>The network operations centre, on shifts around the clock; its duty manager takes missed incidents.</summary>
    public static TeamDefinition NetworkOperations { get; } = new("telecom_network_operations", "Network operations centre", ["nadia.haddad", "kwame.mensah", "gareth.price"])
    {
        Lead = "gareth.price",
    };

    /// <summary>Leads that say they are a small business go to the business account manager.</summary>
    public static AssignmentRule SmallBusinessEnquiries { get; } = AssignmentRule.ToUser("telecom_small_business_enquiries", BusinessAccountManager) with
    {
        FieldKey = "subscriber_segment", FieldValue = "small_business",
    };

    /// <summary>Orders and enquiries from the website's forms are shared in turn among consumer sales.</summary>
    public static AssignmentRule OnlineEnquiries { get; } = AssignmentRule.RoundRobin("telecom_online_enquiries", ConsumerSales.Key) with { Channel = "web_form" };
}
