using Crm.Framework.Leads;
using Crm.Framework.Teams;

namespace Crm.Plugins.Bank;

/// <summary>
/// The bank's teams and how new leads are routed: callers from Lithuanian numbers go to the Vilnius adviser, online
/// applications are shared in turn among the retail advisers. Anything else stays with whoever captured it.
/// </summary>
public static class BankTeams
{
    /// <summary>The head of premium and private banking, who takes escalated private-banking cases.</summary>
    public const string HeadOfPremiumBanking = "liina.kask";

    /// <summary>The complaints officer, who takes complaints that miss their deadline.</summary>
    public const string ComplaintsOfficer = "merike.laan";

    /// <summary>The adviser of the Vilnius branch.</summary>
    public const string VilniusAdviser = "ieva.kairiene";

    /// <summary>Retail advisers in Tallinn, Tartu and Vilnius, who share online applications.</summary>
    public static TeamDefinition RetailAdvisers { get; } = new("bank_retail_advisers", "Retail advisers", ["kadri.rebane", "marko.saar", VilniusAdviser])
    {
        Lead = "kadri.rebane",
    };

    /// <summary>Relationship managers of affluent and private-banking customers.</summary>
    public static TeamDefinition PremiumBanking { get; } = new("bank_premium_banking", "Premium and private banking", ["anna.petrova", "rasmus.tamm", HeadOfPremiumBanking])
    {
        Lead = HeadOfPremiumBanking,
    };

    /// <summary>Leads calling or writing from a Lithuanian number go to the Vilnius adviser.</summary>
    public static AssignmentRule LithuanianPhones { get; } = AssignmentRule.ToUser("bank_lithuanian_phones", VilniusAdviser) with { PhoneRegion = "LT" };

    /// <summary>Applications from the website's forms are shared in turn among the retail advisers.</summary>
    public static AssignmentRule OnlineApplications { get; } = AssignmentRule.RoundRobin("bank_online_applications", RetailAdvisers.Key) with { Channel = "web_form" };
}
