using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Education.Demo;

/// <summary>Short ways to write demo records, so the demo files read like a list of applicants and clients.</summary>
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

    /// <summary>A visit to an open day at <paramref name="campus"/>, with the guests who came along.</summary>
    public static DemoInteraction OpenDay(string subject, int daysAgo, string campus, string recruitmentEvent, int guests, string? outcome = null) =>
        new(EducationChannels.OpenDay.Key, subject, daysAgo)
        {
            Outcome = outcome,
            Fields = Values(("university_campus", campus), ("recruitment_event", recruitmentEvent), ("open_day_guests", guests)),
        };

    /// <summary>An individual campus visit or ambassador tour.</summary>
    public static DemoInteraction CampusVisit(string subject, int daysAgo, string campus, string? outcome = null) =>
        new(EducationChannels.CampusVisit.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("university_campus", campus)) };

    /// <summary>A conversation at the university's stand at a fair.</summary>
    public static DemoInteraction Fair(string recruitmentEvent, string subject, int daysAgo, string? outcome = null) =>
        new(EducationChannels.EducationFair.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("recruitment_event", recruitmentEvent)) };

    /// <summary>A talk or UCAS workshop at the applicant's school.</summary>
    public static DemoInteraction SchoolVisit(string recruitmentEvent, string subject, int daysAgo, string? outcome = null) =>
        new(EducationChannels.SchoolVisit.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome, Fields = Values(("recruitment_event", recruitmentEvent)) };

    /// <summary>A message or an upload in the applicant and student portal.</summary>
    public static DemoInteraction Portal(string subject, int daysAgo, string? outcome = null) =>
        new(EducationChannels.StudentPortal.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>An email from the admissions office (the kernel's email channel).</summary>
    public static DemoInteraction Emailed(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Email.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A call to or from the admissions enquiries line (the kernel's phone channel).</summary>
    public static DemoInteraction Call(string subject, int daysAgo, string? outcome = null, InteractionDirection direction = InteractionDirection.Inbound) =>
        new(Channels.Phone.Key, subject, daysAgo) { Direction = direction, Outcome = outcome };

    /// <summary>A meeting, on campus or at the client's site (the kernel's meeting channel).</summary>
    public static DemoInteraction Meeting(string subject, int daysAgo, string? outcome = null, string? campus = null) =>
        new(Channels.Meeting.Key, subject, daysAgo)
        {
            Direction = InteractionDirection.Outbound,
            Outcome = outcome,
            Fields = campus is null ? Values() : Values(("university_campus", campus)),
        };
}
