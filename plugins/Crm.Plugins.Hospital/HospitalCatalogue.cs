using Crm.Framework;
using Crm.Framework.Sales;

namespace Crm.Plugins.Hospital;

/// <summary>
/// What the hospital sells outside the Health Insurance Fund's tariffs: check-up packages for people and employers,
/// occupational health examinations, self-pay specialist consultations and surgical packages. Prices are in EUR
/// and carry no VAT: health services given by a licensed provider are exempt under the Estonian VAT Act (§ 16).
/// The check-up prices are the ones the demo's quotes and the <c>checkup_package_quote</c> letter use.
/// </summary>
public static class HospitalCatalogue
{
    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    /// <summary>Basic health check: consultation, blood count, glucose, lipids, urine, ECG.</summary>
    public static ProductDefinition BasicCheckup { get; } = new("hospital_checkup_basic", "Basic health check", Eur(95))
    {
        Kind = "checkup_package", Unit = "person", Sku = "HC-BAS",
        Description = "Family physician consultation, blood count, glucose, lipid profile, urine test and resting ECG; results in 3 working days.",
        Funnels = [HospitalFunnels.HealthCheckupKey],
    };

    /// <summary>Comprehensive health check, sold to people and as a staff benefit.</summary>
    public static ProductDefinition ComprehensiveCheckup { get; } = new("hospital_checkup_comprehensive", "Comprehensive health check", Eur(189))
    {
        Kind = "checkup_package", Unit = "person", Sku = "HC-CMP",
        Description = "The basic check plus liver, kidney and thyroid tests, vitamin D, abdominal ultrasound and an internist's review of the results.",
        Funnels = [HospitalFunnels.HealthCheckupKey],
    };

    /// <summary>Executive health check: half a day with a cardiologist's review.</summary>
    public static ProductDefinition ExecutiveCheckup { get; } = new("hospital_checkup_executive", "Executive health check", Eur(420))
    {
        Kind = "checkup_package", Unit = "person", Sku = "HC-EXE",
        Description = "The comprehensive check plus exercise ECG, echocardiography and a cardiologist's consultation, done in one morning.",
        Funnels = [HospitalFunnels.HealthCheckupKey],
    };

    /// <summary>Women's health check with a gynaecologist.</summary>
    public static ProductDefinition WomensHealthCheckup { get; } = new("hospital_checkup_womens_health", "Women's health check", Eur(260))
    {
        Kind = "checkup_package", Unit = "person", Sku = "HC-WOM",
        Description = "Gynaecologist's consultation, cervical screening (HPV test), breast ultrasound, blood count, ferritin and thyroid tests.",
        Funnels = [HospitalFunnels.HealthCheckupKey],
    };

    /// <summary>The occupational health examination employers must arrange for their staff.</summary>
    public static ProductDefinition OccupationalExam { get; } = new("hospital_occupational_exam", "Occupational health examination", Eur(65))
    {
        Kind = "checkup_package", Unit = "employee", Sku = "OH-EXAM",
        Description = "Occupational health doctor's examination against the workplace risk assessment, hearing and vision tests; "
            + "the employer receives the fitness-for-work decision only.",
        Funnels = [HospitalFunnels.HealthCheckupKey],
    };

    /// <summary>A specialist consultation for a patient who pays without a referral or insurance.</summary>
    public static ProductDefinition SpecialistConsultation { get; } = new("hospital_specialist_consultation", "Specialist consultation (self-pay)", Eur(85))
    {
        Kind = "consultation", Unit = "visit", Sku = "CONS-SP",
        Description = "A first outpatient consultation with a specialist within 10 working days, without an e-referral; tests are priced separately.",
        Funnels = [HospitalFunnels.CarePathwayKey],
    };

    /// <summary>The day-surgery package for a laparoscopic hernia repair.</summary>
    public static ProductDefinition LaparoscopicHerniaRepair { get; } = new("hospital_lap_hernia_repair", "Laparoscopic inguinal hernia repair (day surgery)", Eur(1_950))
    {
        Kind = "procedure", Unit = "package", Sku = "SURG-TEP",
        Description = "Pre-operative assessment, the operation (TEP, mesh included), general anaesthesia, the day-surgery stay and one follow-up visit.",
        Funnels = [HospitalFunnels.ElectiveSurgeryKey],
    };

    /// <summary>The day-surgery package for a cataract operation, one eye.</summary>
    public static ProductDefinition CataractSurgery { get; } = new("hospital_cataract_surgery", "Cataract surgery, one eye (day surgery)", Eur(750))
    {
        Kind = "procedure", Unit = "eye", Sku = "SURG-PHACO",
        Description = "Phacoemulsification with a monofocal lens implant, the eye drops for the first month and the check-up the next day.",
        Funnels = [HospitalFunnels.ElectiveSurgeryKey],
    };
}
