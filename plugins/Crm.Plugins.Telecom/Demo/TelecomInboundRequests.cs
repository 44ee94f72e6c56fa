using Crm.Framework.Leads;

namespace Crm.Plugins.Telecom.Demo;

/// <summary>
/// Requests that arrive after the subscribers are seeded: two from existing subscribers (recognised by email and by
/// phone), two new leads (a fibre enquiry from the website shared among consumer sales, a small business routed to
/// the business account manager), and the website form sent twice, which changes nothing.
/// </summary>
internal static class TelecomInboundRequests
{
    private static readonly CaptureLead FibreEnquiry = new()
    {
        Channel = "web_form",
        Name = "Ben Carter",
        Email = "ben.carter@outlook.com",
        Phone = "+44 7700 900981",
        Subject = "Full Fibre 900 at 12 Headingley Lane, Leeds",
        Message = "Is Full Fibre 900 available at 12 Headingley Lane, Leeds LS6 1BL? We work from home and our current line keeps dropping.",
        Source = "google_ads",
        Campaign = "full_fibre_900_launch",
        ExternalId = "WF-2026-031177",
    };

    public static IReadOnlyList<CaptureLead> All() =>
    [
        new CaptureLead
        {
            Channel = TelecomChannels.SelfCareApp.Key,
            Email = "grace.thompson@gmail.com",
            Subject = "Renewal price for SIM Only",
            Message = "My contract ends next month. What would SIM Only 50GB cost if I keep my number and my phone?",
            ExternalId = "APP-CHAT-5521907",
        },
        new CaptureLead
        {
            Channel = TelecomChannels.CallCentre.Key,
            Name = "Peter Walsh",
            Phone = "+44 7700 900915",
            Message = "Asked whether 4G home broadband is available at Low Row Cottage yet",
        },
        FibreEnquiry,
        new CaptureLead
        {
            Channel = "email",
            Company = "Calder Valley Vets Ltd",
            Email = "practice@caldervalleyvets.co.uk",
            Phone = "+44 113 496 0655",
            Subject = "Phones for three veterinary practices",
            Message = "Sarah Whitfield, practice manager: we need 14 mobiles for the vets on call and backup SIMs for the card machines at three practices.",
            Source = "referral",
            Fields = new Dictionary<string, object?> { ["subscriber_segment"] = "small_business" },
        },
        // The form's submit button pressed twice: the same submission id, so it is recognised and not captured again.
        FibreEnquiry,
    ];
}
