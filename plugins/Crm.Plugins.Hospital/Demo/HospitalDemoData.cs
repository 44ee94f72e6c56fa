using Crm.Framework.Interactions;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Hospital.Demo;

/// <summary>
/// The demo for <c>crm demo hospital</c>: 15 customers of a Tallinn hospital — 12 patients (adults, a child,
/// public, private and self-pay) and 3 employers — with their e-referrals, reception, portal, telemedicine,
/// ambulance and phone contacts, 21 deals that fill every stage of the three funnels, and 5 letters; the day's
/// work around them (calls, tasks and meetings, complaints and incidents, check-up and surgery quotes); and five
/// requests that arrive afterwards: two from known patients, two new ones routed by the assignment rules, and a
/// portal message delivered twice.
/// </summary>
public static class HospitalDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. SurgicalPatients.All(),
        .. Outpatients.All(),
        .. CorporateClients.All(),
    ])
    {
        InboundRequests = InboundRequests(),
    };

    private static IReadOnlyList<CaptureLead> InboundRequests()
    {
        var selfReferral = new CaptureLead
        {
            Channel = HospitalChannels.PatientPortal.Key,
            Name = "Karl Mets",
            Email = "karl.mets@gmail.com",
            Phone = "+372 5344 8120",
            Subject = "Self-referral: knee pain after running, asks for an orthopaedic consultation",
            Message = "Right knee swells after long runs since October. No insurance cover for private care; happy to pay for a consultation.",
            ExternalId = "portal-55821",
        };
        return
        [
            // A known patient writes in the portal (matched by email).
            new CaptureLead
            {
                Channel = HospitalChannels.PatientPortal.Key,
                Email = "maria.ivanova@mail.ee",
                Subject = "Asks to move the neurology appointment to an afternoon",
                ExternalId = "portal-55790",
            },
            // A known patient calls the nurse line back about the missed appointment (matched by phone).
            new CaptureLead
            {
                Channel = HospitalChannels.NurseLine.Key,
                Phone = "+372 5811 4460",
                Subject = "Called back about the missed urology appointment; wants a new date",
            },
            // A new patient through the portal: shared among the patient services desk.
            selfReferral,
            // An employer on the corporate check-ups page: goes to the corporate client manager.
            new CaptureLead
            {
                Channel = Channels.WebForm.Key,
                Name = "Kersti Oja",
                Company = "Tallinna Linnatransport AS",
                Email = "kersti.oja@tallinnlt.ee",
                Phone = "+372 640 3400",
                Subject = "Occupational health examinations for 120 bus drivers",
                Message = "Our drivers' examinations are due in March. Can you examine them at our depot?",
                Source = "corporate_checkups",
                Campaign = "oh-2026-spring",
                ExternalId = "web-20260114-017",
            },
            // The portal delivers the self-referral again: recognised by its message id, nothing new is created.
            selfReferral,
        ];
    }
}
