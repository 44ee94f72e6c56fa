using Crm.Framework.Interactions;

namespace Crm.Plugins.Bank;

/// <summary>The channels a bank's customers use besides the kernel's phone, email, meeting and the rest.</summary>
public static class BankChannels
{
    /// <summary>The customer came to a branch.</summary>
    public static ChannelDefinition BranchVisit { get; } = new("branch_visit", "Branch visit") { InPerson = true };

    /// <summary>A secure message or an application in internet banking.</summary>
    public static ChannelDefinition InternetBanking { get; } = new("internet_banking", "Internet banking");

    /// <summary>A message, chat or application in the mobile banking app.</summary>
    public static ChannelDefinition MobileApp { get; } = new("mobile_app", "Mobile app");

    /// <summary>A call with the customer's relationship manager.</summary>
    public static ChannelDefinition RelationshipManagerCall { get; } = new("rm_call", "Relationship manager call");

    /// <summary>A video call: remote advice or video identification.</summary>
    public static ChannelDefinition VideoCall { get; } = new("video_call", "Video call");
}
