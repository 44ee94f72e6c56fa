using Crm.Framework.Fields;

namespace Crm.Plugins.Telecom;

/// <summary>
/// The subscriber card of a mobile and fixed-line operator: the account and main number, identity for SIM
/// registration and credit vetting, the tariff and contract, and the value and churn indicators the retention
/// team works from. Formats follow a UK operator: MSISDNs in international format (447…), Companies House numbers.
/// </summary>
public static class TelecomCustomerFields
{
    /// <summary>The MSISDN rule shared by every phone-number field: E.164 digits without the plus.</summary>
    public static FieldConstraints MsisdnRule { get; } = new()
    {
        Pattern = "[1-9][0-9]{7,14}",
        PatternDescription = "an MSISDN in international format without + or 00, 8 to 15 digits, e.g. 447700900123",
    };

    /// <summary>The billing account number (BAN), indexed for look-up in the call centre and the store.</summary>
    public static FieldDefinition AccountNumber { get; } = new("subscriber_account_number", "Account number (BAN)", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{10}", PatternDescription = "the 10-digit billing account number printed on the bill" },
        Description = "The billing account: every line, broadband service and device plan of the subscriber is billed on it.",
    };

    /// <summary>The subscriber's main mobile number.</summary>
    public static FieldDefinition Msisdn { get; } = new("msisdn", "Main number (MSISDN)", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = MsisdnRule,
        Description = "The number agents look the subscriber up by; further lines are on the deals that connected them.",
    };

    /// <summary>The number of the identity document seen at SIM registration and credit vetting.</summary>
    public static FieldDefinition IdNumber { get; } = new("subscriber_id_number", "Identity document number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new()
        {
            Pattern = "[A-Z0-9]{6,20}",
            PatternDescription = "6 to 20 capital letters and digits as printed on the passport, ID card or driving licence",
        },
        Description = "Checked in the store or by the identity check online; masked in lists, messages and the audit trail.",
    };

    /// <summary>Date of birth: pay-monthly contracts need an adult; it also answers security questions.</summary>
    public static FieldDefinition DateOfBirth { get; } = new("subscriber_date_of_birth", "Date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
    };

    /// <summary>The market segment that decides the sales team and the price list.</summary>
    public static FieldDefinition Segment { get; } = new("subscriber_segment", "Segment", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["consumer", "small_business", "enterprise", "public_sector"] },
        Description = "Consumer (retail price list, prices include VAT), small business (up to 50 lines), enterprise or public sector (account-managed).",
    };

    /// <summary>Prepaid or postpaid.</summary>
    public static FieldDefinition PaymentType { get; } = new("subscriber_payment_type", "Payment type", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["pay_monthly", "pay_as_you_go"] },
        Description = "Pay monthly (postpaid, billed, credit-vetted) or pay as you go (prepaid top-ups).",
    };

    /// <summary>The tariff plan of the main line or service.</summary>
    public static FieldDefinition CurrentTariffPlan { get; } = new("current_tariff_plan", "Current tariff plan", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = TelecomTariffs.All },
    };

    /// <summary>When the minimum term of the current contract ends.</summary>
    public static FieldDefinition ContractEnd { get; } = new("subscriber_contract_end", "Contract end date", FieldType.Date, FieldTarget.Customer)
    {
        Indexed = true,
        Description = "End of the minimum term; the end-of-contract notification is due 10 to 40 days before it, and the retention team calls from 90 days before.",
    };

    /// <summary>Average revenue per user: the average monthly bill over the last three months.</summary>
    public static FieldDefinition Arpu { get; } = new("arpu", "ARPU (average monthly revenue)", FieldType.Money, FieldTarget.Customer)
    {
        Constraints = new() { Min = 0 },
        Description = "Average monthly revenue over the last three bills: plan, add-ons, out-of-bundle usage and device plan.",
    };

    /// <summary>The churn risk band from the churn model.</summary>
    public static FieldDefinition ChurnRisk { get; } = new("churn_risk", "Churn risk", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Choices = ["low", "medium", "high"] },
        Description = "Band of the churn risk score: high goes to the retention team's call list.",
    };

    /// <summary>The churn propensity score, 0 to 100.</summary>
    public static FieldDefinition ChurnRiskScore { get; } = new("churn_risk_score", "Churn risk score", FieldType.Number, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0, Max = 100 },
        Description = "Likelihood of leaving in the next 90 days from usage, complaints, contract end and network quality; 70 and above is high.",
    };

    /// <summary>The result of the last credit vetting.</summary>
    public static FieldDefinition CreditVetResult { get; } = new("credit_vet_result", "Credit vetting result", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["passed", "passed_with_deposit", "referred", "declined"] },
        Description = "The credit reference agency check for pay-monthly contracts and device plans.",
    };

    /// <summary>Companies House number of a business subscriber.</summary>
    public static FieldDefinition CompanyNumber { get; } = new("subscriber_company_number", "Company number", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{8}|(SC|NI|OC)[0-9]{6}", PatternDescription = "a Companies House number: 8 digits, or SC, NI or OC and 6 digits" },
    };

    /// <summary>How many active lines and services the account has.</summary>
    public static FieldDefinition ActiveLines { get; } = new("active_lines", "Active lines", FieldType.Number, FieldTarget.Customer)
    {
        Constraints = new() { Min = 0, Max = 100_000 },
    };

    /// <summary>The channels the subscriber agreed to receive offers on.</summary>
    public static FieldDefinition MarketingChannels { get; } = new("subscriber_marketing_channels", "Marketing permissions", FieldType.MultiChoice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["sms", "email", "phone", "post", "app_push"] },
        Description = "Channels the subscriber opted in to for offers; with none, only service messages are sent.",
    };

    /// <summary>The subscriber needs extra care (Ofcom's treating vulnerable customers fairly).</summary>
    public static FieldDefinition Vulnerable { get; } = new("subscriber_vulnerable", "Vulnerable customer", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Description = "A disability, illness, bereavement or financial difficulty means extra care: priority fault repair, accessible bills, no hard selling.",
    };
}
