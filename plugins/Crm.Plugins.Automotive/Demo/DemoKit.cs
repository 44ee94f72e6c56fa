using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Automotive.Demo;

/// <summary>Short ways to write demo records, so the demo files read like a list of customers.</summary>
internal static class DemoKit
{
    public static Money Gbp(decimal amount) => new(amount, "GBP");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static DemoStep To(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };

    public static DemoStep Lost(string stage, string reason, params (string Key, object? Value)[] fields) =>
        new(stage) { Reason = reason, Fields = Values(fields) };

    public static ContactPoint Email(string value) => new(ContactKind.Email, value);

    public static ContactPoint Mobile(string value) => new(ContactKind.Phone, value, "mobile");

    public static ContactPoint Office(string value) => new(ContactKind.Phone, value, "office");

    public static ContactPoint Address(string value) => new(ContactKind.Address, value, "home");

    public static ContactPoint Registered(string value) => new(ContactKind.Address, value, "registered office");

    /// <summary>A visit to <paramref name="dealer"/>'s showroom.</summary>
    public static DemoInteraction Showroom(string dealer, string subject, int daysAgo, string? outcome = null) =>
        new(AutomotiveChannels.DealerShowroom.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("dealer_code", dealer)) };

    /// <summary>Something the customer saved or asked for in the online configurator.</summary>
    public static DemoInteraction Configurator(string subject, int daysAgo, string? outcome = null) =>
        new(AutomotiveChannels.OnlineConfigurator.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A test drive in <paramref name="demonstrator"/> at <paramref name="dealer"/>, the licence checked with the DVLA.</summary>
    public static DemoInteraction TestDrive(string dealer, string demonstrator, string subject, int daysAgo, string? outcome = null) =>
        new(AutomotiveChannels.TestDrive.Key, subject, daysAgo)
        {
            Direction = InteractionDirection.Outbound,
            Outcome = outcome,
            Fields = Values(("dealer_code", dealer), ("demonstrator_reg", demonstrator), ("driving_licence_checked", true)),
        };

    /// <summary>The customer at <paramref name="dealer"/>'s service reception.</summary>
    public static DemoInteraction Reception(string dealer, string subject, int daysAgo, string? outcome = null) =>
        new(AutomotiveChannels.ServiceReception.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("dealer_code", dealer)) };

    /// <summary>A call to roadside assistance and how it ended.</summary>
    public static DemoInteraction Roadside(string subject, string outcome, int daysAgo) =>
        new(AutomotiveChannels.RoadsideAssistance.Key, subject, daysAgo) { Outcome = outcome.Replace('_', ' '), Fields = Values(("roadside_outcome", outcome)) };

    /// <summary>An alert the customer's car sent.</summary>
    public static DemoInteraction CarAlert(string subject, int daysAgo) => new(AutomotiveChannels.ConnectedCar.Key, subject, daysAgo);

    /// <summary>A call the sales executive or service advisor made (the kernel's phone channel).</summary>
    public static DemoInteraction CallOut(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Phone.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>An email from the customer (the kernel's email channel).</summary>
    public static DemoInteraction EmailIn(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Email.Key, subject, daysAgo) { Outcome = outcome };
}
