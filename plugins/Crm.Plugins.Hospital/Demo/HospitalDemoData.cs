using Crm.Framework.Plugins;

namespace Crm.Plugins.Hospital.Demo;

/// <summary>
/// The demo for <c>crm demo hospital</c>: 15 customers of a Tallinn hospital — 12 patients (adults, a child,
/// public, private and self-pay) and 3 employers — with their e-referrals, reception, portal, telemedicine,
/// ambulance and phone contacts, 21 deals that fill every stage of the three funnels, and 5 letters.
/// </summary>
public static class HospitalDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. SurgicalPatients.All(),
        .. Outpatients.All(),
        .. CorporateClients.All(),
    ]);
}
