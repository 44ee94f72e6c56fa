using Crm.Framework;
using Crm.Framework.Sales;

namespace Crm.Plugins.Pharmacy;

/// <summary>
/// The pharmacy's cash prices for what it quotes to patients, employers and care homes: vaccines given by a
/// pharmacist, on-site clinics, drug regimen reviews and a home blood-pressure monitor. Prices in USD. Vaccines and
/// pharmacist services are not taxed in Ohio; the monitor is a retail item taxed at the Franklin County rate (7.5 %).
/// Prescriptions themselves are not in the catalogue: their price is the claim, set on the fill.
/// </summary>
public static class PharmacyCatalogue
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    /// <summary>A standard-dose flu shot.</summary>
    public static ProductDefinition FluVaccine { get; } = new("rx_flu_vaccine", "Influenza vaccine 2025-26 (standard dose), administered", Usd(40))
    {
        Kind = "vaccine", Unit = "dose", Sku = "VAX-FLU-SD",
        Description = "Trivalent inactivated vaccine for ages 6 months to 64, screening and administration included.",
        Funnels = [PharmacyFunnels.VaccinationKey],
    };

    /// <summary>A COVID-19 vaccine dose.</summary>
    public static ProductDefinition CovidVaccine { get; } = new("rx_covid_vaccine", "COVID-19 vaccine 2025-26, administered", Usd(165))
    {
        Kind = "vaccine", Unit = "dose", Sku = "VAX-COV-25",
        Description = "The 2025-26 formula mRNA vaccine; most plans pay it in full, this is the cash price.",
        Funnels = [PharmacyFunnels.VaccinationKey],
    };

    /// <summary>A shingles vaccine dose (two doses, 2 to 6 months apart).</summary>
    public static ProductDefinition ShinglesVaccine { get; } = new("rx_shingrix_dose", "Shingles vaccine (Shingrix), one dose", Usd(215))
    {
        Kind = "vaccine", Unit = "dose", Sku = "VAX-RZV",
        Description = "Recombinant zoster vaccine for adults 50 and over; the second dose is due 2 to 6 months after the first.",
        Funnels = [PharmacyFunnels.VaccinationKey],
    };

    /// <summary>A pneumococcal conjugate vaccine dose.</summary>
    public static ProductDefinition PneumococcalVaccine { get; } = new("rx_pcv20_vaccine", "Pneumococcal vaccine (PCV20), one dose", Usd(290))
    {
        Kind = "vaccine", Unit = "dose", Sku = "VAX-PCV20",
        Description = "Prevnar 20 for adults 50 and over and younger adults with risk conditions; one dose.",
        Funnels = [PharmacyFunnels.VaccinationKey],
    };

    /// <summary>A Tdap dose, recommended in every pregnancy.</summary>
    public static ProductDefinition TdapVaccine { get; } = new("rx_tdap_vaccine", "Tdap vaccine, one dose", Usd(65))
    {
        Kind = "vaccine", Unit = "dose", Sku = "VAX-TDAP",
        Description = "Tetanus, diphtheria and pertussis booster; recommended at 27-36 weeks of every pregnancy.",
        Funnels = [PharmacyFunnels.VaccinationKey],
    };

    /// <summary>A pharmacist and a technician at an employer's or a facility's site.</summary>
    public static ProductDefinition OnSiteClinic { get; } = new("rx_onsite_clinic", "On-site vaccination clinic (pharmacist and technician, up to 4 hours)", Usd(350))
    {
        Kind = "service", Unit = "clinic", Sku = "SVC-CLINIC",
        Description = "Consent forms, screening, administration, VAERS-ready records and the state registry upload; waived from 40 doses.",
        Funnels = [PharmacyFunnels.VaccinationKey],
    };

    /// <summary>The monthly consultant pharmacist's review of a care home's residents.</summary>
    public static ProductDefinition DrugRegimenReview { get; } = new("rx_drug_regimen_review", "Drug regimen review, per resident per month", Usd(15))
    {
        Kind = "service", Unit = "resident", Sku = "SVC-DRR",
        Description = "The consultant pharmacist's monthly review of every resident's medicines, with recommendations to prescribers and the director of nursing.",
        Funnels = [PharmacyFunnels.MedicationReviewKey],
    };

    /// <summary>A validated upper-arm monitor, recommended after a blood-pressure review.</summary>
    public static ProductDefinition BloodPressureMonitor { get; } = new("rx_bp_monitor", "Home blood pressure monitor (upper arm, validated)", Usd(49.99m))
    {
        Kind = "product", Sku = "OTC-BPM-200", TaxRate = 0.075m,
        Description = "Clinically validated upper-arm monitor with a wide-range cuff; the pharmacist shows how to measure and log readings.",
        Funnels = [PharmacyFunnels.MedicationReviewKey],
    };
}
