using Crm.Framework.Interactions;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Pharmacy.Demo;

/// <summary>
/// The demo for <c>crm demo pharmacy</c>: 13 customers of Cedar Valley Pharmacy, a three-store community
/// pharmacy in Columbus, Ohio (11 patients on Medicare, employer plans, Medicaid or paying cash, a care home
/// and an employer), with their counter, drive-through, e-prescription, text and app contacts, 40 deals
/// that fill every stage of the four funnels, and a label, a refill reminder and a review summary; the day's
/// work around them (calls, follow-ups and the care home's monthly review, complaints and incidents, quotes for a
/// clinic, a review and a monitor); and five requests that arrive afterwards: two from known patients, two new
/// ones routed by the assignment rules, and an app message delivered twice.
/// </summary>
public static class PharmacyDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. MedicarePatients.All(),
        .. CommercialPatients.All(),
        .. Accounts.All(),
    ])
    {
        InboundRequests = InboundRequests(),
    };

    private static IReadOnlyList<CaptureLead> InboundRequests()
    {
        var transfer = new CaptureLead
        {
            Channel = PharmacyChannels.PharmacyApp.Key,
            Name = "Kevin O'Brien",
            Phone = "+1 614 555 0211",
            Email = "kobrien.cbus@gmail.com",
            Subject = "Transfer three prescriptions from another pharmacy",
            Message = "Moving to Upper Arlington. Please transfer my metformin, lisinopril and atorvastatin from the Kroger pharmacy on Sawmill Rd.",
            ExternalId = "app-77120",
        };
        return
        [
            // A known patient calls (matched by phone).
            new CaptureLead
            {
                Channel = Channels.Phone.Key,
                Phone = "+1 614 555 0198",
                Subject = "Asks whether her Part D plan covers the RSV vaccine",
            },
            // A known patient writes in the app (matched by email).
            new CaptureLead
            {
                Channel = PharmacyChannels.PharmacyApp.Key,
                Email = "aisha.rahman@osu.edu",
                Subject = "Move my Tdap appointment to Saturday morning",
                ExternalId = "app-77102",
            },
            // A new patient in the app: shared among the patient care desk.
            transfer,
            // An employer asks for a flu clinic on the website: goes to Marcus Bell, who runs the clinics.
            new CaptureLead
            {
                Channel = Channels.WebForm.Key,
                Name = "Sandra Miller",
                Company = "Buckeye Freight LLC",
                Email = "smiller@buckeyefreight.com",
                Phone = "+1 614 555 0288",
                Subject = "On-site flu shots for 60 drivers and warehouse staff",
                Message = "We would like a flu clinic at our Groveport warehouse in October, two shifts.",
                Source = "website",
                Fields = new Dictionary<string, object?> { ["rx_facility_type"] = "employer" },
                ExternalId = "web-4471",
            },
            // The app sends the transfer request again: recognised by its message id, nothing new is created.
            transfer,
        ];
    }
}
