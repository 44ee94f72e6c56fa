using Crm.Framework.Fields;

namespace Crm.Plugins.Education;

/// <summary>
/// The record of an enquirer, applicant or student (a person), and of the employers, schools and
/// agencies the university works with (an organisation). Formats follow a UK university: the UCAS
/// Personal ID, an 8-digit student number, IELTS bands and UK fee status.
/// </summary>
public static class EducationCustomerFields
{
    /// <summary>The student number issued at enrolment: 8 digits, indexed for look-up at the student hub.</summary>
    public static FieldDefinition StudentNumber { get; } = new("student_number", "Student number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{8}", PatternDescription = "the 8-digit student number, e.g. 25014387" },
        Description = "Issued by the student records system when the student first enrols; printed on the student card.",
    };

    /// <summary>The UCAS Personal ID of an undergraduate applicant, indexed to match UCAS transactions.</summary>
    public static FieldDefinition UcasPersonalId { get; } = new("ucas_personal_id", "UCAS Personal ID", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{3}-[0-9]{3}-[0-9]{4}", PatternDescription = "the 10-digit UCAS Personal ID written 123-456-7890" },
        Description = "The applicant's number in the UCAS Hub; every UCAS decision and reply quotes it.",
    };

    /// <summary>Date of birth (personal data; under-18s need a safeguarding check before a campus stay).</summary>
    public static FieldDefinition StudentDateOfBirth { get; } = new("student_date_of_birth", "Date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>Passport number of an international applicant, needed for the CAS and the student visa.</summary>
    public static FieldDefinition StudentPassportNumber { get; } = new("student_passport_number", "Passport number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[A-Z0-9]{6,9}", PatternDescription = "6 to 9 capital letters or digits as printed in the passport" },
        Description = "An identity document number: masked in lists, messages and the audit trail; never printed in letters.",
    };

    /// <summary>Nationality as an ISO country code; indexed for international recruitment reports by country.</summary>
    public static FieldDefinition StudentNationality { get; } = new("student_nationality", "Nationality", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "[A-Z]{2}", PatternDescription = "a two-letter ISO country code such as GB, IN or NG" },
    };

    /// <summary>Where the person stands in the student lifecycle.</summary>
    public static FieldDefinition StudentStatus { get; } = new("student_status", "Student status", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["enquirer", "applicant", "offer_holder", "enrolled", "interrupted", "graduated", "withdrawn"] },
        Description = "Enquirer, applicant, offer holder, enrolled student, interrupted studies, graduate (alumnus) or withdrawn.",
    };

    /// <summary>The qualification the applicant enters with.</summary>
    public static FieldDefinition EntryQualification { get; } = new("entry_qualification", "Entry qualification", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new()
        {
            Choices = ["a_levels", "ib_diploma", "btec", "access_to_he", "international_secondary", "bachelors", "masters", "other"],
        },
    };

    /// <summary>The grades achieved or predicted, as the applicant's school or university states them.</summary>
    public static FieldDefinition EntryGrades { get; } = new("entry_grades", "Grades (achieved or predicted)", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 100 },
        Description = "E.g. A*AB predicted, 36 IB points, a 2:1, or a GPA of 3.6/4.0.",
    };

    /// <summary>The English language test the applicant took, or why none is needed.</summary>
    public static FieldDefinition EnglishTest { get; } = new("english_test", "English language test", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["ielts_academic", "toefl_ibt", "pte_academic", "cambridge_c1_advanced", "not_required"] },
        Description = "Not required for nationals of majority English-speaking countries and holders of a UK degree.",
    };

    /// <summary>The overall band of the language test, on the IELTS scale 0 to 9.</summary>
    public static FieldDefinition IeltsBand { get; } = new("ielts_band", "IELTS overall band (or equivalent)", FieldType.Number, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0, Max = 9 },
        Description = "IELTS Academic overall band in half bands; TOEFL and PTE scores are converted with the published equivalence table.",
    };

    /// <summary>Disability, health or learning support the student declared (special-category data).</summary>
    public static FieldDefinition StudentSupportNeeds { get; } = new("student_support_needs", "Disability and support needs", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { MaxLength = 500 },
        Description = "Declared disability, health condition or specific learning difference and the adjustments agreed; shared with Disability Services only.",
    };

    /// <summary>How the person wants to be contacted.</summary>
    public static FieldDefinition StudentContactPreference { get; } = new("student_contact_preference", "Preferred contact", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["email", "phone", "sms", "post", "student_portal"] },
    };

    /// <summary>Consent to recruitment marketing (open day invitations, newsletters).</summary>
    public static FieldDefinition StudentMarketingConsent { get; } = new("student_marketing_consent", "Recruitment marketing consent", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Agreed to receive open day invitations and course news; without it only messages about an application are sent.",
    };

    /// <summary>Where the person first heard of the university; indexed for recruitment channel reports.</summary>
    public static FieldDefinition StudentRecruitmentSource { get; } = new("student_recruitment_source", "Recruitment source", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new()
        {
            Choices = ["open_day", "campus_visit", "education_fair", "school_visit", "education_agent", "ucas", "website", "referral", "social_media", "employer"],
        },
    };

    /// <summary>The education agent who referred an international applicant; indexed for agent performance reports.</summary>
    public static FieldDefinition EducationAgent { get; } = new("education_agent", "Education agent", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { MaxLength = 200 },
        Description = "The contracted recruitment agency that referred the applicant; it earns commission on enrolment.",
    };

    /// <summary>The school or college the applicant attends or attended; indexed for school liaison.</summary>
    public static FieldDefinition ApplicantSchool { get; } = new("applicant_school", "School or college", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { MaxLength = 200 },
    };

    /// <summary>What an organisation is to the university.</summary>
    public static FieldDefinition EducationPartnerType { get; } = new("education_partner_type", "Partner type", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["employer", "sponsor", "school", "college", "education_agency", "public_body"] },
        Description = "Employer (training client), sponsor of students, feeder school or college, recruitment agency or public body.",
    };

    /// <summary>The employer pays the UK Apprenticeship Levy and can fund degree apprenticeships from it.</summary>
    public static FieldDefinition ApprenticeshipLevyPayer { get; } = new("apprenticeship_levy_payer", "Apprenticeship Levy payer", FieldType.Boolean, FieldTarget.Customer)
    {
        Description = "Employers with a pay bill over 3 million GBP pay 0.5% into a levy account that can buy apprenticeship training.",
    };
}
