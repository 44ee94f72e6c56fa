using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Bank.Demo;

/// <summary>Short ways to write demo records, so the demo files read like a list of customers.</summary>
internal static class DemoKit
{
    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static DemoStep To(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };

    public static DemoStep Lost(string stage, string reason) => new(stage) { Reason = reason };

    public static ContactPoint Email(string value) => new(ContactKind.Email, value);

    public static ContactPoint Mobile(string value) => new(ContactKind.Phone, value, "mobile");

    public static ContactPoint Office(string value) => new(ContactKind.Phone, value, "office");

    public static ContactPoint Address(string value) => new(ContactKind.Address, value, "home");

    public static ContactPoint Registered(string value) => new(ContactKind.Address, value, "registered office");

    /// <summary>A visit to <paramref name="branch"/>.</summary>
    public static DemoInteraction Visit(string branch, string subject, int daysAgo, string? outcome = null) =>
        new(BankChannels.BranchVisit.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("branch_code", branch)) };

    /// <summary>A message the customer sent in internet banking.</summary>
    public static DemoInteraction Message(string subject, int daysAgo, string? outcome = null) =>
        new(BankChannels.InternetBanking.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>Something the customer did or asked in the mobile app.</summary>
    public static DemoInteraction App(string subject, int daysAgo, string? outcome = null) =>
        new(BankChannels.MobileApp.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A call the relationship manager made.</summary>
    public static DemoInteraction RmCall(string subject, int daysAgo, string? outcome = null) =>
        new(BankChannels.RelationshipManagerCall.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A video call, e.g. video identification.</summary>
    public static DemoInteraction Video(string subject, int daysAgo, string? outcome = null) =>
        new(BankChannels.VideoCall.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A face-to-face meeting with the relationship manager (the kernel's meeting channel).</summary>
    public static DemoInteraction Meeting(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Meeting.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A call to the contact centre (the kernel's phone channel).</summary>
    public static DemoInteraction Call(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Phone.Key, subject, daysAgo) { Outcome = outcome };
}
