using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Hospital.Demo;

/// <summary>Short ways to write demo records, so the demo files read like a list of patients.</summary>
internal static class DemoKit
{
    /// <summary>The patient services and appointments desk.</summary>
    public const string AppointmentsDesk = "marta.kuusk";

    /// <summary>The surgical coordinator.</summary>
    public const string SurgicalCoordinator = "liis.kask";

    /// <summary>The corporate client manager for occupational health.</summary>
    public const string CorporateManager = "erik.vaher";

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    public static DemoStep To(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };

    public static DemoStep Lost(string stage, string reason) => new(stage) { Reason = reason };

    public static ContactPoint Email(string value) => new(ContactKind.Email, value);

    public static ContactPoint Mobile(string value) => new(ContactKind.Phone, value, "mobile");

    public static ContactPoint Office(string value) => new(ContactKind.Phone, value, "office");

    public static ContactPoint Home(string value) => new(ContactKind.Address, value, "home");

    public static ContactPoint Registered(string value) => new(ContactKind.Address, value, "registered office");

    /// <summary>A digital referral that arrived from a GP or a specialist.</summary>
    public static DemoInteraction EReferral(string subject, int daysAgo, string unit) =>
        new(HospitalChannels.EReferral.Key, subject, daysAgo) { Fields = Values(("hospital_unit", unit)) };

    /// <summary>The patient at the reception desk.</summary>
    public static DemoInteraction Reception(string subject, int daysAgo, string unit, string? outcome = null) =>
        new(HospitalChannels.ReceptionDesk.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("hospital_unit", unit)) };

    /// <summary>A message, booking or form in the patient portal.</summary>
    public static DemoInteraction Portal(string subject, int daysAgo, string? outcome = null) =>
        new(HospitalChannels.PatientPortal.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A video consultation the clinician held.</summary>
    public static DemoInteraction Video(string subject, int daysAgo, string unit, string? outcome = null) =>
        new(HospitalChannels.Telemedicine.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome, Fields = Values(("hospital_unit", unit)) };

    /// <summary>An ambulance crew brought or announced the patient.</summary>
    public static DemoInteraction Ambulance(string subject, int daysAgo, string? outcome = null) =>
        new(HospitalChannels.AmbulanceReferral.Key, subject, daysAgo) { Outcome = outcome, Fields = Values(("hospital_unit", "emergency")) };

    /// <summary>A call to the nurse advice line.</summary>
    public static DemoInteraction NurseLine(string subject, int daysAgo, string? outcome = null) =>
        new(HospitalChannels.NurseLine.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>A call the hospital made (the kernel's phone channel).</summary>
    public static DemoInteraction CallOut(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Phone.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>A meeting with a corporate client (the kernel's meeting channel).</summary>
    public static DemoInteraction Meeting(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Meeting.Key, subject, daysAgo) { Direction = InteractionDirection.Outbound, Outcome = outcome };

    /// <summary>An email from a corporate client (the kernel's email channel).</summary>
    public static DemoInteraction EmailIn(string subject, int daysAgo, string? outcome = null) =>
        new(Channels.Email.Key, subject, daysAgo) { Outcome = outcome };

    /// <summary>The Friends and Family Test answer after a visit or a stay, in the patient portal.</summary>
    public static DemoInteraction Feedback(string subject, int daysAgo, string unit, string answer, bool complaint = false) =>
        new(HospitalChannels.PatientPortal.Key, subject, daysAgo)
        {
            Fields = complaint
                ? Values(("hospital_unit", unit), ("fft_response", answer), ("patient_complaint", true))
                : Values(("hospital_unit", unit), ("fft_response", answer)),
        };
}
