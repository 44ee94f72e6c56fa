using Crm.Framework.Interactions;

namespace Crm.Plugins.Hospital;

/// <summary>The channels patients and referrers reach the hospital on besides the kernel's phone, email, letter and the rest.</summary>
public static class HospitalChannels
{
    /// <summary>A video or phone consultation with a clinician.</summary>
    public static ChannelDefinition Telemedicine { get; } = new("telemedicine", "Telemedicine consultation");

    /// <summary>A message, booking or form in the patient portal.</summary>
    public static ChannelDefinition PatientPortal { get; } = new("patient_portal", "Patient portal");

    /// <summary>The patient came to the reception or registration desk.</summary>
    public static ChannelDefinition ReceptionDesk { get; } = new("reception_desk", "Reception desk") { InPerson = true };

    /// <summary>A digital referral from a GP or another specialist through the health information system.</summary>
    public static ChannelDefinition EReferral { get; } = new("e_referral", "E-referral");

    /// <summary>An ambulance crew handed the patient over or announced them.</summary>
    public static ChannelDefinition AmbulanceReferral { get; } = new("ambulance_referral", "Ambulance referral") { InPerson = true };

    /// <summary>The nurse advice and triage line.</summary>
    public static ChannelDefinition NurseLine { get; } = new("nurse_line", "Nurse advice line");
}
