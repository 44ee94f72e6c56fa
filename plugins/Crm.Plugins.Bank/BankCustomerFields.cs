using Crm.Framework.Fields;

namespace Crm.Plugins.Bank;

/// <summary>
/// The customer card of a retail and SME bank: identity, KYC/AML status and the credit profile.
/// Identity formats follow the 11-digit personal identification code used in Estonia and Lithuania
/// and the national commercial register codes; amounts are in any currency.
/// </summary>
public static class BankCustomerFields
{
    /// <summary>Personal identification code: 11 digits, sensitive, indexed for look-up at the counter.</summary>
    public static FieldDefinition NationalId { get; } = new("national_id", "National ID (personal code)", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new()
        {
            // G YYMMDD SSS C: century and sex digit, birth date, serial, check digit.
            Pattern = "[1-6][0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{4}",
            PatternDescription = "an 11-digit personal code: century/sex digit 1-6, birth date as YYMMDD, serial and check digit",
        },
        Description = "The personal identification code from the identity document; masked in lists and in the audit trail.",
    };

    /// <summary>Date of birth (personal data).</summary>
    public static FieldDefinition DateOfBirth { get; } = new("date_of_birth", "Date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>The customer segment that decides the service model and the pricing.</summary>
    public static FieldDefinition Segment { get; } = new("segment", "Segment", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["retail", "affluent", "private", "sme", "corporate"] },
        Description = "Retail (mass market), affluent (premium), private banking, SME or corporate.",
    };

    /// <summary>Where the know-your-customer checks stand.</summary>
    public static FieldDefinition KycStatus { get; } = new("kyc_status", "KYC status", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["not_started", "pending", "verified", "rejected"] },
        Description = "Customer due diligence: identity, address, beneficial owners and source of funds checked.",
    };

    /// <summary>When the next periodic KYC review is due.</summary>
    public static FieldDefinition KycReviewDue { get; } = new("kyc_review_due", "KYC review due", FieldType.Date, FieldTarget.Customer)
    {
        Description = "Periodic review: typically after 1 year for high, 3 for medium and 5 for low AML risk.",
    };

    /// <summary>The anti-money-laundering risk rating.</summary>
    public static FieldDefinition AmlRiskRating { get; } = new("aml_risk_rating", "AML risk rating", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["low", "medium", "high"] },
        Description = "AML/CFT customer risk; high means enhanced due diligence and yearly review.",
    };

    /// <summary>Politically exposed person.</summary>
    public static FieldDefinition Pep { get; } = new("pep", "Politically exposed person (PEP)", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "A PEP, a family member or a close associate of one; needs senior management approval.",
    };

    /// <summary>Tax residency for CRS/FATCA reporting.</summary>
    public static FieldDefinition TaxResidency { get; } = new("tax_residency", "Tax residency", FieldType.Text, FieldTarget.Customer)
    {
        Constraints = new() { Pattern = "[A-Z]{2}", PatternDescription = "a two-letter ISO country code such as EE or LT" },
    };

    /// <summary>Credit bureau score, 300 to 850.</summary>
    public static FieldDefinition CreditScore { get; } = new("credit_score", "Credit score", FieldType.Number, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 300, Max = 850 },
        Description = "The credit bureau score at the last enquiry; higher is better.",
    };

    /// <summary>Annual gross income of a person.</summary>
    public static FieldDefinition AnnualIncome { get; } = new("annual_income", "Annual income", FieldType.Money, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0 },
        Description = "Gross yearly income as verified from payslips, a tax return or the pension register.",
    };

    /// <summary>Employment status of a person.</summary>
    public static FieldDefinition EmploymentStatus { get; } = new("employment_status", "Employment status", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["employed", "self_employed", "retired", "student", "unemployed"] },
    };

    /// <summary>The employer of a person.</summary>
    public static FieldDefinition Employer { get; } = new("employer", "Employer", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 200 },
    };

    /// <summary>Commercial register code of an organisation.</summary>
    public static FieldDefinition RegistrationNumber { get; } = new("registration_number", "Registration number", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{8,9}", PatternDescription = "the 8- or 9-digit commercial register code" },
    };

    /// <summary>Annual turnover of an organisation.</summary>
    public static FieldDefinition AnnualTurnover { get; } = new("annual_turnover", "Annual turnover", FieldType.Money, FieldTarget.Customer)
    {
        Constraints = new() { Min = 0 },
        Description = "Net sales from the last approved annual report.",
    };

    /// <summary>The branch that looks after the customer.</summary>
    public static FieldDefinition HomeBranch { get; } = new("home_branch", "Home branch", FieldType.Text, FieldTarget.Customer)
    {
        Constraints = BankInteractionFields.BranchCodeRule,
    };

    /// <summary>Consent to marketing contact.</summary>
    public static FieldDefinition MarketingConsent { get; } = new("marketing_consent", "Marketing consent", FieldType.Boolean, FieldTarget.Customer)
    {
        Description = "The customer agreed to receive offers; without it only service messages may be sent.",
    };
}
