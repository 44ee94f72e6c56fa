using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Airline.Demo;

/// <summary>Short ways to write demo records, so the demo files read like a list of passengers and accounts.</summary>
internal static class DemoKit
{
    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static DemoStep To(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };

    public static DemoStep Lost(string stage, string reason) => new(stage) { Reason = reason };

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static ContactPoint Email(string value) => new(ContactKind.Email, value);

    public static ContactPoint Mobile(string value) => new(ContactKind.Phone, value, "mobile");

    public static ContactPoint Office(string value) => new(ContactKind.Phone, value, "office");

    public static ContactPoint Address(string value) => new(ContactKind.Address, value, "home");

    public static ContactPoint Registered(string value) => new(ContactKind.Address, value, "registered office");

    /// <summary>At the check-in or baggage desk of <paramref name="airport"/>.</summary>
    public static DemoInteraction Desk(string airport, string subject, int daysAgo, string? outcome = null, string? flight = null) =>
        new(AirlineChannels.CheckInDesk.Key, subject, daysAgo) { Outcome = outcome, Fields = AtAirport(airport, flight) };

    /// <summary>At the boarding gate of <paramref name="airport"/>.</summary>
    public static DemoInteraction Gate(string airport, string subject, int daysAgo, string? outcome = null, string? flight = null) =>
        new(AirlineChannels.BoardingGate.Key, subject, daysAgo) { Outcome = outcome, Fields = AtAirport(airport, flight) };

    /// <summary>In the lounge at <paramref name="airport"/>.</summary>
    public static DemoInteraction Lounge(string airport, string subject, int daysAgo, string? outcome = null) =>
        new(AirlineChannels.AirportLounge.Key, subject, daysAgo) { Outcome = outcome, Fields = AtAirport(airport, null) };

    /// <summary>A cabin crew report from <paramref name="flight"/>.</summary>
    public static DemoInteraction Onboard(string flight, string subject, int daysAgo, string? outcome = null) =>
        new(AirlineChannels.Inflight.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("flight_number", flight)) };

    /// <summary>A call the passenger made to the call centre or the group desk.</summary>
    public static DemoInteraction Call(string subject, int daysAgo, string? outcome = null) =>
        new(AirlineChannels.CallCentre.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A call the call centre, the group desk or the account manager made.</summary>
    public static DemoInteraction CallOut(string subject, int daysAgo, string? outcome = null) =>
        new(AirlineChannels.CallCentre.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>Something the passenger did or asked in the app.</summary>
    public static DemoInteraction App(string subject, int daysAgo, string? outcome = null) =>
        new(AirlineChannels.AirlineApp.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>An email the customer sent (the kernel's email channel).</summary>
    public static DemoInteraction Mail(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Email.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A meeting with the corporate account manager (the kernel's meeting channel).</summary>
    public static DemoInteraction Meeting(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Meeting.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    private static IReadOnlyDictionary<string, object?> AtAirport(string airport, string? flight) =>
        flight is null ? Values(("airport_code", airport)) : Values(("airport_code", airport), ("flight_number", flight));
}
