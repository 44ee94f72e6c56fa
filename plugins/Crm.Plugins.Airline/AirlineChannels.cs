using Crm.Framework.Interactions;

namespace Crm.Plugins.Airline;

/// <summary>Where passengers and accounts meet the airline, besides the kernel's phone, email, meeting and the rest.</summary>
public static class AirlineChannels
{
    /// <summary>At the airport check-in or baggage service desk.</summary>
    public static ChannelDefinition CheckInDesk { get; } = new("check_in_desk", "Check-in desk") { InPerson = true };

    /// <summary>At the boarding gate: seat changes, upgrades, denied boarding.</summary>
    public static ChannelDefinition BoardingGate { get; } = new("boarding_gate", "Boarding gate") { InPerson = true };

    /// <summary>In the airline's lounge.</summary>
    public static ChannelDefinition AirportLounge { get; } = new("airport_lounge", "Airport lounge") { InPerson = true };

    /// <summary>On board, reported by the cabin crew.</summary>
    public static ChannelDefinition Inflight { get; } = new("inflight", "On board (cabin crew report)") { InPerson = true };

    /// <summary>The reservations and customer service call centre, including the group desk.</summary>
    public static ChannelDefinition CallCentre { get; } = new("call_centre_airline", "Airline call centre");

    /// <summary>The airline app: bookings, check-in, boarding passes, chat.</summary>
    public static ChannelDefinition AirlineApp { get; } = new("airline_app", "Airline app");
}
