using Crm.Framework.Interactions;

namespace Crm.Plugins.Automotive;

/// <summary>The channels a car manufacturer's customers use besides the kernel's phone, email, web form and the rest.</summary>
public static class AutomotiveChannels
{
    /// <summary>The customer came to a dealer's showroom.</summary>
    public static ChannelDefinition DealerShowroom { get; } = new("dealer_showroom", "Dealer showroom") { InPerson = true };

    /// <summary>A configuration saved, a quote or a test drive requested in the online configurator.</summary>
    public static ChannelDefinition OnlineConfigurator { get; } = new("online_configurator", "Online configurator");

    /// <summary>A test drive from the dealer or at the customer's home.</summary>
    public static ChannelDefinition TestDrive { get; } = new("test_drive", "Test drive") { InPerson = true };

    /// <summary>The workshop's service reception: booking in, check-in, handing back the keys.</summary>
    public static ChannelDefinition ServiceReception { get; } = new("service_reception", "Service reception") { InPerson = true };

    /// <summary>A call to the manufacturer's roadside assistance.</summary>
    public static ChannelDefinition RoadsideAssistance { get; } = new("roadside_assistance", "Roadside assistance");

    /// <summary>A message from the car itself: service due, a warning light, a low 12V battery.</summary>
    public static ChannelDefinition ConnectedCar { get; } = new("connected_car", "Connected car");
}
