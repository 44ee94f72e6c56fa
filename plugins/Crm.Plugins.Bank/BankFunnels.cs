using Crm.Framework.Pipelines;

namespace Crm.Plugins.Bank;

/// <summary>
/// The bank's funnels. Each stage lists where a deal may go next and the deal fields it must have on
/// entry, so an application cannot skip the credit process or be approved without its terms.
/// </summary>
public static class BankFunnels
{
    /// <summary>Funnel key of <see cref="LoanOrigination"/>.</summary>
    public const string LoanOriginationKey = "loan_origination";

    /// <summary>Funnel key of <see cref="Mortgage"/>.</summary>
    public const string MortgageKey = "mortgage";

    /// <summary>The stage at which a credit is approved, in both credit funnels.</summary>
    public const string Approved = "approved";

    private static readonly string[] Terms = ["interest_rate", "term_months", "credit_decision_ref"];

    /// <summary>Personal, car and business loans and overdrafts: application to disbursement.</summary>
    public static FunnelDefinition LoanOrigination { get; } = new(LoanOriginationKey, "Loan origination",
    [
        new("application", "Application", 0.10m) { Next = ["kyc_documents", "rejected", "withdrawn"], RequiredFields = ["product", "loan_purpose", "term_months"] },
        new("kyc_documents", "KYC & documents", 0.25m) { Next = ["scoring", "rejected", "withdrawn"] },
        new("scoring", "Credit scoring", 0.40m) { Next = ["underwriting", "kyc_documents", "rejected", "withdrawn"] },
        new("underwriting", "Underwriting", 0.60m) { Next = ["approved", "kyc_documents", "rejected", "withdrawn"], RequiredFields = ["credit_grade"] },
        new(Approved, "Approved", 0.85m) { Next = ["disbursed", "rejected", "withdrawn"], RequiredFields = Terms },
        new("disbursed", "Disbursed", 1m, StageKind.Won),
        new("rejected", "Rejected by the bank", 0m, StageKind.Lost),
        new("withdrawn", "Withdrawn by the customer", 0m, StageKind.Lost),
    ])
    {
        Description = "Unsecured and secured loans and overdrafts. The deal amount is the amount applied for.",
    };

    /// <summary>Home loans: application, property valuation, affordability, offer and completion.</summary>
    public static FunnelDefinition Mortgage { get; } = new(MortgageKey, "Mortgage",
    [
        new("application", "Application", 0.10m) { Next = ["kyc_documents", "declined", "withdrawn"], RequiredFields = ["product", "loan_purpose", "term_months"] },
        new("kyc_documents", "KYC & documents", 0.20m) { Next = ["property_valuation", "declined", "withdrawn"] },
        new("property_valuation", "Property valuation", 0.35m) { Next = ["underwriting", "declined", "withdrawn"], RequiredFields = ["collateral", "collateral_value"] },
        new("underwriting", "Underwriting", 0.55m) { Next = [Approved, "kyc_documents", "declined", "withdrawn"], RequiredFields = ["dsti"] },
        new(Approved, "Offer issued", 0.85m) { Next = ["completed", "withdrawn"], RequiredFields = Terms },
        new("completed", "Completed", 1m, StageKind.Won),
        new("declined", "Declined by the bank", 0m, StageKind.Lost),
        new("withdrawn", "Withdrawn by the customer", 0m, StageKind.Lost),
    ])
    {
        Description = "Home purchase, construction and refinancing loans secured by a mortgage. Completed means the notarised agreement is signed and the funds are released.",
    };

    /// <summary>Current, savings, deposit and business accounts: onboarding with customer due diligence.</summary>
    public static FunnelDefinition AccountOpening { get; } = new("account_opening", "Account opening",
    [
        new("application", "Application", 0.30m) { Next = ["identity_verification", "declined", "abandoned"], RequiredFields = ["product"] },
        new("identity_verification", "Identity verification", 0.60m) { Next = ["account_opened", "compliance_review", "declined", "abandoned"] },
        new("compliance_review", "Compliance review (EDD)", 0.50m) { Next = ["account_opened", "declined", "abandoned"] },
        new("account_opened", "Account opened", 1m, StageKind.Won) { RequiredFields = ["iban", "verification_method"] },
        new("declined", "Declined (KYC/AML)", 0m, StageKind.Lost),
        new("abandoned", "Abandoned by the applicant", 0m, StageKind.Lost),
    ])
    {
        Description = "Onboarding with identity verification and, for high-risk applicants and PEPs, enhanced due diligence. The deal amount is the expected first deposit.",
    };

    /// <summary>Credit cards: from the application to the first use of the card.</summary>
    public static FunnelDefinition CardIssuance { get; } = new("card_issuance", "Card issuance",
    [
        new("application", "Application", 0.15m) { Next = ["credit_check", "declined"], RequiredFields = ["product"] },
        new("credit_check", "Credit check", 0.40m) { Next = [Approved, "declined"] },
        new(Approved, "Approved", 0.75m) { Next = ["card_issued", "declined"], RequiredFields = ["credit_limit", "interest_rate", "credit_decision_ref"] },
        new("card_issued", "Card issued", 0.90m) { Next = ["activated", "not_activated"] },
        new("activated", "Activated", 1m, StageKind.Won),
        new("declined", "Declined", 0m, StageKind.Lost),
        new("not_activated", "Not activated", 0m, StageKind.Lost),
    ])
    {
        Description = "A card counts as sold once the customer activates it. The deal amount is the limit applied for.",
    };
}
