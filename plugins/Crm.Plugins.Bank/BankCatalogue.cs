using Crm.Framework;
using Crm.Framework.Sales;

namespace Crm.Plugins.Bank;

/// <summary>
/// The bank's price list for quotes: account packages, card fees, arrangement fees and the valuation report.
/// Prices are in EUR. Banking and credit services are exempt from VAT, so they carry no tax; the valuation report
/// is made by a partner appraiser and passed on with Estonian VAT (24 %). Arrangement fees are priced per thousand
/// euros borrowed, so the quantity of a line is the loan amount in thousands.
/// </summary>
public static class BankCatalogue
{
    /// <summary>Estonian standard VAT rate since 1 July 2025.</summary>
    public const decimal EstonianVat = 0.24m;

    private const string Month = "month";
    private const string Year = "year";
    private const string ThousandBorrowed = "thousand EUR borrowed";

    /// <summary>The everyday current account package, a monthly fee.</summary>
    public static ProductDefinition EverydayBankingPackage { get; } = new("everyday_banking_package", "Everyday banking package", Money.Of(3.50m, "EUR"))
    {
        Kind = "account_package", Unit = Month, Sku = "ACC-EVERYDAY",
        Description = "Current account, contactless debit card, internet and mobile banking, instant SEPA payments.",
        Funnels = ["account_opening"],
    };

    /// <summary>The premium package of affluent customers, a monthly fee.</summary>
    public static ProductDefinition PremiumBankingPackage { get; } = new("premium_banking_package", "Premium banking package", Money.Of(14.90m, "EUR"))
    {
        Kind = "account_package", Unit = Month, Sku = "ACC-PREMIUM",
        Description = "Multi-currency account, Gold debit card, travel insurance, airport lounge access and a personal relationship manager.",
        Funnels = ["account_opening"],
    };

    /// <summary>The business current account package, a monthly fee.</summary>
    public static ProductDefinition BusinessAccountPackage { get; } = new("business_account_package", "Business account package", Money.Of(12.00m, "EUR"))
    {
        Kind = "account_package", Unit = Month, Sku = "ACC-BUSINESS",
        Description = "Business current account, two debit cards, payroll and e-invoicing, internet bank for up to four users.",
        Funnels = ["account_opening"],
    };

    /// <summary>The yearly fee of the classic credit card.</summary>
    public static ProductDefinition ClassicCreditCard { get; } = new("classic_credit_card", "Classic credit card — annual fee", Money.Of(25.00m, "EUR"))
    {
        Kind = "card", Unit = Year, Sku = "CARD-CLASSIC",
        Description = "Mastercard credit card, up to 45 interest-free days, 19.9 % a year on the balance carried.",
        Funnels = ["card_issuance"],
    };

    /// <summary>The yearly fee of the platinum credit card.</summary>
    public static ProductDefinition PlatinumCreditCard { get; } = new("platinum_credit_card", "Platinum credit card — annual fee", Money.Of(150.00m, "EUR"))
    {
        Kind = "card", Unit = Year, Sku = "CARD-PLATINUM",
        Description = "Visa Platinum with travel and purchase insurance, lounge access and concierge; 16.9 % a year on the balance carried.",
        Funnels = ["card_issuance"],
    };

    /// <summary>The arrangement fee of personal, car and business loans: 1 % of the amount.</summary>
    public static ProductDefinition LoanArrangementFee { get; } = new("loan_arrangement_fee", "Loan arrangement fee (1 % of the amount)", Money.Of(10.00m, "EUR"))
    {
        Kind = "fee", Unit = ThousandBorrowed, Sku = "FEE-LOAN",
        Description = "Charged once when the loan is paid out; included in the APRC.",
        Funnels = [BankFunnels.LoanOriginationKey],
    };

    /// <summary>The arrangement fee of a mortgage: 0.5 % of the amount.</summary>
    public static ProductDefinition MortgageArrangementFee { get; } = new("mortgage_arrangement_fee", "Mortgage arrangement fee (0.5 % of the amount)", Money.Of(5.00m, "EUR"))
    {
        Kind = "fee", Unit = ThousandBorrowed, Sku = "FEE-MORTGAGE",
        Description = "Charged once when the mortgage is paid out; included in the APRC.",
        Funnels = [BankFunnels.MortgageKey],
    };

    /// <summary>The valuation report of the property offered as security, made by a partner appraiser.</summary>
    public static ProductDefinition PropertyValuation { get; } = new("property_valuation", "Property valuation report", Money.Of(180.00m, "EUR"))
    {
        Kind = "service", TaxRate = EstonianVat, Sku = "SRV-VALUATION",
        Description = "Market value report of a flat or a house by a certified appraiser, as the mortgage requires.",
        Funnels = [BankFunnels.MortgageKey],
    };
}
