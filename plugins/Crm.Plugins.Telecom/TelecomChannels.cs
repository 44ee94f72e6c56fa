using Crm.Framework.Interactions;

namespace Crm.Plugins.Telecom;

/// <summary>The channels an operator's subscribers use besides the kernel's phone, email, web form and the rest.</summary>
public static class TelecomChannels
{
    /// <summary>The subscriber came to one of the operator's stores.</summary>
    public static ChannelDefinition RetailStore { get; } = new("retail_store", "Retail store") { InPerson = true };

    /// <summary>A call to or from customer care, sales or the retention team.</summary>
    public static ChannelDefinition CallCentre { get; } = new("call_centre", "Call centre");

    /// <summary>Something the subscriber did in the self-care app or the online account.</summary>
    public static ChannelDefinition SelfCareApp { get; } = new("self_care_app", "Self-care app");

    /// <summary>A USSD session from the handset (*100# and the like): balance, bundles, top-ups.</summary>
    public static ChannelDefinition Ussd { get; } = new("ussd", "USSD");

    /// <summary>A visit by an engineer: installation, survey or repair at the premises.</summary>
    public static ChannelDefinition FieldTechnician { get; } = new("field_technician", "Field technician visit") { InPerson = true };
}
