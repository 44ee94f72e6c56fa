using Crm.Framework.Plugins;

namespace Crm.Plugins.Pharmacy.Demo;

/// <summary>
/// The demo for <c>crm demo pharmacy</c>: 13 customers of Cedar Valley Pharmacy, a three-store community
/// pharmacy in Columbus, Ohio (11 patients on Medicare, employer plans, Medicaid or paying cash, a care home
/// and an employer), with their counter, drive-through, e-prescription, text and app contacts, 40 deals
/// that fill every stage of the four funnels, and a label, a refill reminder and a review summary.
/// </summary>
public static class PharmacyDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        .. MedicarePatients.All(),
        .. CommercialPatients.All(),
        .. Accounts.All(),
    ]);
}
