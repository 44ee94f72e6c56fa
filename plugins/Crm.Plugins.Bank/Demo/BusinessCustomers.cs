using Crm.Framework.Activities;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using static Crm.Plugins.Bank.Demo.DemoKit;

namespace Crm.Plugins.Bank.Demo;

/// <summary>SME and corporate customers of the business banking team.</summary>
internal static class BusinessCustomers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A business account just opened (the confirmation is rendered for it) and an equipment loan in underwriting.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Baltic Timber OÜ",
            Kind = CustomerKind.Organization,
            Owner = "martin.ots",
            Contacts = [Email("finance@baltictimber.ee"), Office("+372 640 2210"), Registered("Peterburi tee 71, 11415 Tallinn, Estonia")],
            Fields = Values(
                ("registration_number", "14236717"), ("segment", "sme"), ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2029, 1, 15)),
                ("aml_risk_rating", "medium"), ("tax_residency", "EE"), ("annual_turnover", Eur(4_800_000)), ("home_branch", "TLN01")),
        })
        {
            Interactions =
            [
                Meeting("Visited the sawmill; discussed moving the main account and financing a CNC line", 30, "account application and loan request"),
                Message("Sent the 2024 annual report and the beneficial owner declaration", 22),
                Visit("TLN01", "Board members signed the account agreement at the branch", 5, "account opened"),
                RmCall("Underwriting asked for the supplier's quote for the CNC line", 2),
            ],
            Deals =
            [
                new DemoDeal("account_opening", "Business current account", Eur(50_000))
                {
                    Fields = Values(("product", "business_account")),
                    Path = [To("identity_verification"), To("account_opened", ("iban", "EE334200221020145685"), ("verification_method", "in_branch"))],
                },
                new DemoDeal(BankFunnels.LoanOriginationKey, "Business loan — CNC sawmill line", Eur(250_000))
                {
                    Fields = Values(("product", "business_loan"), ("loan_purpose", "equipment"), ("term_months", 84),
                        ("collateral", "Commercial pledge over the CNC sawmill line and a guarantee of the owner"), ("collateral_value", Eur(310_000))),
                    Path = [To("kyc_documents"), To("scoring", ("dscr", 1.8m)), To("underwriting", ("credit_grade", "B"))],
                    ClosesInDays = 21,
                },
            ],
            Documents = [BankTemplates.AccountOpeningConfirmation.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Monthly relationship review with the CFO")
                {
                    DueInDays = 7, Duration = TimeSpan.FromHours(1), Repeat = new Recurrence(RepeatFrequency.Monthly) { Count = 12 },
                },
            ],
        };

        // A seasonal overdraft waiting for documents.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Nordic Coffee Roasters OÜ",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "martin.ots",
            Contacts = [Email("hello@nordiccoffee.ee"), Office("+372 602 4418"), Registered("Telliskivi 60a, 10412 Tallinn, Estonia")],
            Fields = Values(
                ("registration_number", "16582047"), ("segment", "sme"), ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2030, 3, 1)),
                ("aml_risk_rating", "low"), ("tax_residency", "EE"), ("annual_turnover", Eur(850_000)), ("home_branch", "TLN01")),
        })
        {
            Interactions =
            [
                RmCall("Needs an overdraft to buy green coffee before the Christmas season", 10, "application sent"),
                Message("Sent the interim balance sheet for 2025", 3),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.LoanOriginationKey, "Overdraft — seasonal working capital", Eur(50_000))
                {
                    Fields = Values(("product", "overdraft"), ("loan_purpose", "working_capital"), ("term_months", 12)),
                    Path = [To("kyc_documents")],
                    ClosesInDays = 12,
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Review the interim balance sheet and send the overdraft to scoring") { DueInDays = 1 },
            ],
        };

        // An equipment loan paid out; the business card was never activated.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Vilnius Dental Clinic UAB",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "martin.ots",
            Contacts = [Email("info@vilniusdental.lt"), Office("+370 5 212 4470"), Registered("Pylimo g. 21, LT-01141 Vilnius, Lithuania")],
            Fields = Values(
                ("registration_number", "305812446"), ("segment", "sme"), ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2028, 10, 1)),
                ("aml_risk_rating", "low"), ("tax_residency", "LT"), ("annual_turnover", Eur(1_200_000)), ("home_branch", "VNO01")),
        })
        {
            Interactions =
            [
                Meeting("Financing a CBCT scanner for the clinic", 120, "loan application"),
                Message("Sent the supplier invoice for the scanner", 80),
                RmCall("Reminded the clinic to activate the business card", 20, "not interested for now"),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.LoanOriginationKey, "Equipment loan — dental CBCT scanner", Eur(120_000))
                {
                    Fields = Values(("product", "business_loan"), ("loan_purpose", "equipment"), ("term_months", 60),
                        ("collateral", "Commercial pledge over the CBCT scanner"), ("collateral_value", Eur(140_000)), ("arrangement_fee", Eur(1_200))),
                    Path =
                    [
                        To("kyc_documents"),
                        To("scoring", ("dscr", 2.1m)),
                        To("underwriting", ("credit_grade", "A")),
                        To("approved", ("interest_rate", 5.6m), ("rate_type", "fixed"), ("credit_decision_ref", "CD-2025-02987")),
                        To("disbursed"),
                    ],
                },
                new DemoDeal("card_issuance", "Business credit card", Eur(5_000))
                {
                    Fields = Values(("product", "credit_card")),
                    Path =
                    [
                        To("credit_check"),
                        To("approved", ("credit_limit", Eur(5_000)), ("interest_rate", 16.9m), ("credit_decision_ref", "CD-2025-03015")),
                        To("card_issued"),
                        Lost("not_activated", "Not activated within 90 days of issue; card cancelled"),
                    ],
                },
            ],
        };

        // Onboarding refused: the beneficial owners could not be established.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Harbour Logistics AS",
            Kind = CustomerKind.Organization,
            Owner = "martin.ots",
            Contacts = [Email("cfo@harbourlogistics.ee"), Office("+372 631 7700"), Registered("Sadama 25, 10111 Tallinn, Estonia")],
            Fields = Values(
                ("registration_number", "10129462"), ("segment", "corporate"), ("kyc_status", "rejected"),
                ("aml_risk_rating", "high"), ("annual_turnover", Eur(38_000_000))),
        })
        {
            Interactions =
            [
                Meeting("Wants a corporate account and cash management for port operations", 50),
                Message("Sent a shareholder register that ends in a nominee company in the Seychelles", 38),
                RmCall("Told the CFO the account cannot be opened", 8, "relationship declined"),
            ],
            Deals =
            [
                new DemoDeal("account_opening", "Corporate account and cash management", Eur(2_000_000))
                {
                    Fields = Values(("product", "business_account")),
                    Path =
                    [
                        To("identity_verification"),
                        To("compliance_review"),
                        Lost("declined", "Ultimate beneficial owners could not be verified: nominee shareholder in an offshore jurisdiction"),
                    ],
                },
            ],
        };
    }
}
