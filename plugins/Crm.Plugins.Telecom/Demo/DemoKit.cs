using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Telecom.Demo;

/// <summary>
/// Short ways to write demo records, so the demo files read like a list of subscribers. Numbers come from the
/// ranges Ofcom keeps for drama and examples (07700 900xxx, 0113 496 0xxx...), so no real subscriber is dialled.
/// </summary>
internal static class DemoKit
{
    public static Money Gbp(decimal amount) => new(amount, "GBP");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static DemoStep To(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };

    public static DemoStep Lost(string stage, string reason) => new(stage) { Reason = reason };

    public static ContactPoint Email(string value) => new(ContactKind.Email, value);

    public static ContactPoint Mobile(string value) => new(ContactKind.Phone, value, "mobile");

    public static ContactPoint Office(string value) => new(ContactKind.Phone, value, "office");

    public static ContactPoint Address(string value) => new(ContactKind.Address, value, "home");

    public static ContactPoint Registered(string value) => new(ContactKind.Address, value, "registered office");

    /// <summary>A visit to the store <paramref name="store"/>.</summary>
    public static DemoInteraction Store(string store, string reason, string subject, int daysAgo, string? outcome = null) =>
        new(TelecomChannels.RetailStore.Key, subject, daysAgo)
        {
            Outcome = outcome, Fields = Values(("retail_store_code", store), ("telecom_contact_reason", reason)),
        };

    /// <summary>A call the subscriber made to the call centre.</summary>
    public static DemoInteraction Call(string reason, string subject, int daysAgo, string? outcome = null, bool resolved = true) =>
        new(TelecomChannels.CallCentre.Key, subject, daysAgo)
        {
            Outcome = outcome, Fields = Values(("telecom_contact_reason", reason), ("first_contact_resolution", resolved)),
        };

    /// <summary>A call the sales, retention or account team made.</summary>
    public static DemoInteraction CallOut(string reason, string subject, int daysAgo, string? outcome = null) =>
        new(TelecomChannels.CallCentre.Key, subject, daysAgo)
        {
            Direction = InteractionDirection.Outbound, Outcome = outcome, Fields = Values(("telecom_contact_reason", reason)),
        };

    /// <summary>A fault the subscriber reported, with its trouble ticket.</summary>
    public static DemoInteraction Fault(string ticket, string subject, int daysAgo, string? outcome = null) =>
        new(TelecomChannels.CallCentre.Key, subject, daysAgo)
        {
            Outcome = outcome,
            Fields = Values(("telecom_contact_reason", "technical_fault"), ("trouble_ticket_ref", ticket), ("first_contact_resolution", false)),
        };

    /// <summary>Something the subscriber did in the self-care app.</summary>
    public static DemoInteraction App(string subject, int daysAgo, string? outcome = null) =>
        new(TelecomChannels.SelfCareApp.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A USSD session from the handset.</summary>
    public static DemoInteraction Ussd(string subject, int daysAgo) => new(TelecomChannels.Ussd.Key, subject, daysAgo);

    /// <summary>An engineer's visit.</summary>
    public static DemoInteraction Engineer(string subject, int daysAgo, string? outcome = null, string? ticket = null) =>
        new(TelecomChannels.FieldTechnician.Key, subject, daysAgo)
        {
            Direction = InteractionDirection.Outbound, Outcome = outcome,
            Fields = ticket is null ? Values() : Values(("trouble_ticket_ref", ticket)),
        };

    /// <summary>A meeting of the business account manager with the company (the kernel's meeting channel).</summary>
    public static DemoInteraction Meeting(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Meeting.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A web form sent from the operator's website (the kernel's web form channel).</summary>
    public static DemoInteraction WebForm(string subject, int daysAgo) => new(Channels.WebForm.Key, subject, daysAgo);
}
