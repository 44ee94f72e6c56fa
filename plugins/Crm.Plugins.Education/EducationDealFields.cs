using Crm.Framework.Fields;

namespace Crm.Plugins.Education;

/// <summary>
/// What a university records on a deal: the programme and intake applied for, the documents received,
/// the admission decision and fees, the scholarship and the corporate training contract. Funnel stages
/// require them as an application advances (see <see cref="EducationFunnels"/>).
/// </summary>
public static class EducationDealFields
{
    /// <summary>The course code of the programme: indexed, because admissions tutors work programme by programme.</summary>
    public static FieldDefinition ProgrammeCode { get; } = new("programme_code", "Programme code", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[A-Z][A-Z0-9]{3}", PatternDescription = "a four-character course code: a capital letter, then three capital letters or digits, e.g. G400" },
        Description = "The UCAS course code for undergraduate programmes, the catalogue code for the others.",
    };

    /// <summary>The programme's title with its award, as in the prospectus.</summary>
    public static FieldDefinition ProgrammeName { get; } = new("programme_name", "Programme", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 200 },
        Description = "E.g. BSc (Hons) Computer Science, MSc Data Science, or the title of a short course.",
    };

    /// <summary>The level of study.</summary>
    public static FieldDefinition ProgrammeLevel { get; } = new("programme_level", "Level of study", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["foundation", "undergraduate", "postgraduate_taught", "postgraduate_research", "executive_education"] },
    };

    /// <summary>The mode of study.</summary>
    public static FieldDefinition StudyMode { get; } = new("study_mode", "Mode of study", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["full_time", "part_time", "distance_learning", "blended"] },
    };

    /// <summary>The intake (academic term of entry) as a term code.</summary>
    public static FieldDefinition IntakeTerm { get; } = new("intake_term", "Intake", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "20[0-9]{2}(01|05|09)", PatternDescription = "a term code: the year and the start month 01, 05 or 09, e.g. 202609 for September 2026" },
        Description = "The term the student starts in: the September, January or May intake of a year.",
    };

    /// <summary>The programme's standard length in years.</summary>
    public static FieldDefinition ProgrammeLengthYears { get; } = new("programme_length_years", "Length (years)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0.25m, Max = 8 },
        Description = "Standard length at the chosen mode, e.g. 3 for a bachelor's degree, 1 for a taught master's, 6 for a part-time PhD.",
    };

    /// <summary>The supporting documents received with the application.</summary>
    public static FieldDefinition ApplicationDocuments { get; } = new("application_documents", "Documents received", FieldType.MultiChoice, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Choices = ["transcript", "degree_certificate", "reference", "personal_statement", "english_test_certificate", "passport", "portfolio", "cv", "research_proposal"],
        },
        Description = "Checked by the admissions officer; what a programme level needs is listed in the missing documents request.",
    };

    /// <summary>The application fee paid (UCAS charges undergraduates; the university charges direct applicants).</summary>
    public static FieldDefinition ApplicationFee { get; } = new("application_fee", "Application fee paid", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>Conditional or unconditional offer.</summary>
    public static FieldDefinition AdmissionOfferType { get; } = new("admission_offer_type", "Offer type", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["conditional", "unconditional"] },
        Description = "A conditional offer becomes a confirmed place when the applicant meets its conditions, usually on results day.",
    };

    /// <summary>The academic and other conditions of a conditional offer.</summary>
    public static FieldDefinition AdmissionOfferConditions { get; } = new("admission_offer_conditions", "Offer conditions", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 500 },
        Description = "E.g. 'AAB at A level including Mathematics'; several conditions separated by semicolons.",
    };

    /// <summary>The tuition fee for the first year.</summary>
    public static FieldDefinition TuitionFee { get; } = new("tuition_fee", "Tuition fee (first year)", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>Home or international fee status, assessed by the admissions office.</summary>
    public static FieldDefinition TuitionFeeStatus { get; } = new("tuition_fee_status", "Fee status", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["home", "international"] },
        Description = "Home students pay the regulated fee; international students pay the overseas fee and usually need a student visa.",
    };

    /// <summary>The deposit an international student pays to secure the place and receive a CAS.</summary>
    public static FieldDefinition TuitionDeposit { get; } = new("tuition_deposit", "Tuition deposit paid", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
        Description = "Deducted from the first-year tuition fee; refunded if the visa is refused.",
    };

    /// <summary>The Confirmation of Acceptance for Studies number for a student visa.</summary>
    public static FieldDefinition VisaCasNumber { get; } = new("visa_cas_number", "CAS number", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "E[0-9A-Z]{13}", PatternDescription = "the 14-character CAS number starting with E, e.g. E4G8SD1A00172X" },
        Description = "Assigned by the university as visa sponsor once the offer is unconditional and the deposit is paid.",
    };

    /// <summary>The date the student completed enrolment.</summary>
    public static FieldDefinition StudentEnrolmentDate { get; } = new("student_enrolment_date", "Enrolment date", FieldType.Date, FieldTarget.Deal);

    /// <summary>The scholarship, bursary or studentship applied for.</summary>
    public static FieldDefinition ScholarshipName { get; } = new("scholarship_name", "Scholarship", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 200 },
        Description = "E.g. Vice-Chancellor's Excellence Scholarship, International Merit Scholarship, a funded PhD studentship.",
    };

    /// <summary>What the scholarship rewards.</summary>
    public static FieldDefinition ScholarshipBasis { get; } = new("scholarship_basis", "Scholarship basis", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["academic_merit", "financial_need", "sport", "country", "research"] },
    };

    /// <summary>The selection panel's score.</summary>
    public static FieldDefinition ScholarshipPanelScore { get; } = new("scholarship_panel_score", "Panel score", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 100 },
        Description = "The mean of the panel members' scores out of 100; 70 is the usual threshold for an award.",
    };

    /// <summary>The value of the award for each year of study.</summary>
    public static FieldDefinition ScholarshipAward { get; } = new("scholarship_award", "Award a year", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
        Description = "Paid as a tuition fee discount, as a stipend, or both, as the award letter says.",
    };

    /// <summary>For how many years the award is paid, subject to satisfactory progress.</summary>
    public static FieldDefinition ScholarshipYears { get; } = new("scholarship_years", "Award years", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 7 },
    };

    /// <summary>How many employees a corporate training programme is for.</summary>
    public static FieldDefinition TrainingDelegates { get; } = new("training_delegates", "Delegates", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 500 },
    };

    /// <summary>The contact days of a corporate training programme.</summary>
    public static FieldDefinition TrainingDays { get; } = new("training_days", "Training days", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0.5m, Max = 60 },
    };

    /// <summary>Where and how the training is delivered.</summary>
    public static FieldDefinition TrainingDelivery { get; } = new("training_delivery", "Delivery", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["on_campus", "at_client_site", "online_live", "blended"] },
    };

    /// <summary>The reference of the signed training contract.</summary>
    public static FieldDefinition TrainingContractRef { get; } = new("training_contract_ref", "Training contract", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "TC-[0-9]{4}-[0-9]{3}", PatternDescription = "TC-, the year, a dash and three digits, e.g. TC-2026-014" },
    };
}
