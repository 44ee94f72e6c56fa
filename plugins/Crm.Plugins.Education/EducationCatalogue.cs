using Crm.Framework;
using Crm.Framework.Sales;

namespace Crm.Plugins.Education;

/// <summary>
/// What the university prices on quotes and orders: tuition for the 2026/27 intake, the apprenticeship and short
/// courses sold to employers with their exam fees, and the day delegate rate on campus. Prices in GBP. Education
/// supplied by a university (an eligible body) is exempt from VAT, so is the exam fee; catering sold separately is
/// standard-rated at 20 %.
/// </summary>
public static class EducationCatalogue
{
    private static Money Gbp(decimal amount) => Money.Of(amount, "GBP");

    /// <summary>Undergraduate tuition for home students, at the regulated maximum for 2026/27.</summary>
    public static ProductDefinition UndergraduateTuitionHome { get; } = new("edu_ug_tuition_home", "Undergraduate tuition, home fee status (2026/27)", Gbp(9_790))
    {
        Kind = "programme", Unit = "year", Sku = "TUI-UG-H",
        Description = "Full-time undergraduate tuition for students with home fee status; payable by Student Finance England or in three instalments.",
        Funnels = [EducationFunnels.StudentAdmissionsKey],
    };

    /// <summary>Taught postgraduate tuition for international students.</summary>
    public static ProductDefinition PostgraduateTuitionInternational { get; } = new("edu_pgt_tuition_international", "Taught master's tuition, international fee status (2026/27)", Gbp(24_500))
    {
        Kind = "programme", Unit = "year", Sku = "TUI-PGT-I",
        Description = "One-year full-time MSc tuition for international students; a 3,000 GBP deposit secures the CAS and is deducted from the fee.",
        Funnels = [EducationFunnels.StudentAdmissionsKey],
    };

    /// <summary>A levy-funded Level 5 apprenticeship place.</summary>
    public static ProductDefinition OperationsManagerApprenticeship { get; } = new("edu_apprenticeship_ops_manager_l5", "Operations or Departmental Manager apprenticeship (Level 5)", Gbp(7_000))
    {
        Kind = "programme", Unit = "apprentice", Sku = "APP-ST0385",
        Description = "18 months of blended study to standard ST0385, with the CMI Level 5 diploma and end-point assessment; the funding band maximum, paid from the Apprenticeship Levy.",
        Funnels = [EducationFunnels.CorporateTrainingKey],
    };

    /// <summary>The Lean Six Sigma Green Belt course for an employer's staff.</summary>
    public static ProductDefinition LeanSixSigmaGreenBelt { get; } = new("edu_lean_six_sigma_green_belt", "Lean Six Sigma Green Belt course (6 days, blended)", Gbp(1_450))
    {
        Kind = "course", Unit = "delegate", Sku = "CPD-LSSGB",
        Description = "Three days on campus and three live online, with a workplace improvement project coached by the Business School.",
        Funnels = [EducationFunnels.CorporateTrainingKey],
    };

    /// <summary>The certification exam that follows the Green Belt course.</summary>
    public static ProductDefinition LeanSixSigmaExam { get; } = new("edu_lssgb_exam", "Lean Six Sigma Green Belt certification exam", Gbp(175))
    {
        Kind = "exam_fee", Unit = "delegate", Sku = "EXM-LSSGB",
        Description = "The proctored online exam and the project assessment; one resit included.",
        Funnels = [EducationFunnels.CorporateTrainingKey],
    };

    /// <summary>The short course for public-sector managers.</summary>
    public static ProductDefinition DigitalLeadership { get; } = new("edu_digital_leadership", "Digital Leadership for Public Services (4 days)", Gbp(1_250))
    {
        Kind = "course", Unit = "delegate", Sku = "CPD-DLPS",
        Description = "Four workshop days on service design, data and change, worth 20 Level 7 credits towards the MBA.",
        Funnels = [EducationFunnels.CorporateTrainingKey],
    };

    /// <summary>Room, lunch and refreshments for a delegate on a campus training day.</summary>
    public static ProductDefinition DayDelegateRate { get; } = new("edu_day_delegate_rate", "Day delegate rate on campus (room, lunch, refreshments)", Gbp(45))
    {
        Kind = "service", Unit = "delegate day", Sku = "CAT-DDR", TaxRate = 0.20m,
        Description = "Catering supplied separately from the tuition is standard-rated for VAT.",
        Funnels = [EducationFunnels.CorporateTrainingKey],
    };
}
