using Crm.Framework.Fields;

namespace Crm.Plugins.Bank;

/// <summary>
/// What a bank records on a deal: the product applied for, the credit terms, the security and the
/// credit decision. Funnel stages require them as the application advances (see <see cref="BankFunnels"/>).
/// </summary>
public static class BankDealFields
{
    /// <summary>The product applied for.</summary>
    public static FieldDefinition Product { get; } = new("product", "Product", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Choices =
            [
                "personal_loan", "car_loan", "business_loan", "overdraft", "mortgage", "credit_card",
                "current_account", "savings_account", "term_deposit", "business_account",
            ],
        },
    };

    /// <summary>What the credit is for.</summary>
    public static FieldDefinition LoanPurpose { get; } = new("loan_purpose", "Loan purpose", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Choices =
            [
                "home_purchase", "refinancing", "construction", "home_renovation", "car_purchase", "education",
                "debt_consolidation", "working_capital", "equipment", "other",
            ],
        },
    };

    /// <summary>The term in months (up to 40 years).</summary>
    public static FieldDefinition TermMonths { get; } = new("term_months", "Term (months)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 480 },
    };

    /// <summary>The nominal interest rate in percent a year.</summary>
    public static FieldDefinition InterestRate { get; } = new("interest_rate", "Interest rate (% a year)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 40 },
        Description = "Nominal yearly rate; for a variable rate, the current 6-month EURIBOR plus the margin.",
    };

    /// <summary>Fixed or variable rate.</summary>
    public static FieldDefinition RateType { get; } = new("rate_type", "Rate type", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["fixed", "variable"] },
    };

    /// <summary>The annual percentage rate of charge, which includes fees.</summary>
    public static FieldDefinition Aprc { get; } = new("aprc", "APRC (% a year)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 60 },
        Description = "Annual percentage rate of charge: the total cost of the credit, fees included, as a yearly rate.",
    };

    /// <summary>The one-off arrangement fee.</summary>
    public static FieldDefinition ArrangementFee { get; } = new("arrangement_fee", "Arrangement fee", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>What secures the credit.</summary>
    public static FieldDefinition Collateral { get; } = new("collateral", "Collateral", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 500 },
        Description = "The security: a mortgage over a property, a pledge over a vehicle or equipment, a guarantee.",
    };

    /// <summary>The market value of the collateral from the valuation report.</summary>
    public static FieldDefinition CollateralValue { get; } = new("collateral_value", "Collateral value", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>Debt-service-to-income ratio of a person.</summary>
    public static FieldDefinition Dsti { get; } = new("dsti", "Debt service to income (%)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 100 },
        Description = "All monthly loan payments, this one included, as a share of net monthly income; the lending limit is 50%.",
    };

    /// <summary>Debt service coverage ratio of a business.</summary>
    public static FieldDefinition Dscr { get; } = new("dscr", "Debt service coverage ratio", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 50 },
        Description = "Operating cash flow divided by debt service; below 1.2 needs credit committee approval.",
    };

    /// <summary>The grade from the application scorecard or the business rating model.</summary>
    public static FieldDefinition CreditGrade { get; } = new("credit_grade", "Credit grade", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["A", "B", "C", "D", "E"] },
        Description = "A is the lowest risk; E is outside the risk appetite.",
    };

    /// <summary>The reference of the credit decision.</summary>
    public static FieldDefinition CreditDecisionRef { get; } = new("credit_decision_ref", "Credit decision reference", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "CD-[0-9]{4}-[0-9]{5}", PatternDescription = "CD-, the year, a dash and five digits, e.g. CD-2026-00417" },
        Description = "The minutes of the credit committee or the automated decision that approved the terms.",
    };

    /// <summary>The approved credit card limit.</summary>
    public static FieldDefinition CreditLimit { get; } = new("credit_limit", "Credit limit", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>The IBAN of the account opened.</summary>
    public static FieldDefinition Iban { get; } = new("iban", "IBAN", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", PatternDescription = "an IBAN without spaces, e.g. EE382200221020145685" },
    };

    /// <summary>How the applicant's identity was verified.</summary>
    public static FieldDefinition VerificationMethod { get; } = new("verification_method", "Identity verified by", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["in_branch", "video_identification", "electronic_id", "notarised_copy"] },
        Description = "In branch with the identity document, by video call, with an electronic ID (ID card, Mobile-ID, Smart-ID) or a notarised copy.",
    };
}
