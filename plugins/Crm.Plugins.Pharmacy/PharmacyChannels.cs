using Crm.Framework.Interactions;

namespace Crm.Plugins.Pharmacy;

/// <summary>The channels patients and prescribers reach a pharmacy on, besides the kernel's phone, email, note and the rest.</summary>
public static class PharmacyChannels
{
    /// <summary>The patient at the pharmacy counter: drop-off, pick-up, a question for the pharmacist.</summary>
    public static ChannelDefinition Counter { get; } = new("pharmacy_counter", "Pharmacy counter") { InPerson = true };

    /// <summary>The patient at the drive-through window.</summary>
    public static ChannelDefinition DriveThrough { get; } = new("drive_through", "Drive-through") { InPerson = true };

    /// <summary>An electronic prescription (or a renewal answer) from the prescriber's system.</summary>
    public static ChannelDefinition EPrescription { get; } = new("e_prescription", "E-prescription");

    /// <summary>An automated refill reminder text and the patient's reply (REFILL, STOP).</summary>
    public static ChannelDefinition RefillReminderSms { get; } = new("refill_reminder_sms", "Refill reminder text");

    /// <summary>The automated phone line where patients key in an Rx number to refill.</summary>
    public static ChannelDefinition RefillIvr { get; } = new("refill_ivr", "Automated refill line");

    /// <summary>A refill request, transfer or message in the pharmacy's app.</summary>
    public static ChannelDefinition PharmacyApp { get; } = new("pharmacy_app", "Pharmacy app");

    /// <summary>A call with the prescriber's office: clarification, renewal, prior authorization.</summary>
    public static ChannelDefinition PrescriberCall { get; } = new("prescriber_call", "Prescriber call");
}
