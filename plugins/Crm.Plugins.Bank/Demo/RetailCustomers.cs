using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Bank.Demo.DemoKit;

namespace Crm.Plugins.Bank.Demo;

/// <summary>Mass-market customers of the Tallinn, Tartu and Vilnius branches.</summary>
internal static class RetailCustomers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // An approved renovation loan waiting for signature: the offer letter is rendered for it.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Mari Tamm",
            Lifecycle = LifecycleStage.Customer,
            Owner = "kadri.rebane",
            Contacts = [Email("mari.tamm@gmail.com"), Mobile("+372 5341 2287"), Address("Pärnu mnt 22-5, 10141 Tallinn, Estonia")],
            Tags = ["salary_customer"],
            Fields = Values(
                ("national_id", "48803140278"), ("date_of_birth", new DateOnly(1988, 3, 14)), ("segment", "retail"),
                ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2030, 9, 10)), ("aml_risk_rating", "low"), ("pep", false),
                ("tax_residency", "EE"), ("credit_score", 712), ("annual_income", Eur(26_400)), ("employment_status", "employed"),
                ("employer", "Tallinn School No. 21"), ("home_branch", "TLN01"), ("marketing_consent", true)),
        })
        {
            Interactions =
            [
                Visit("TLN01", "Asked how to finance a kitchen renovation", 32, "loan application started"),
                Message("Uploaded payslips for October to December", 21),
                RmCall("Explained the scoring result and the fixed-rate offer", 3, "will sign this week"),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.LoanOriginationKey, "Personal loan — kitchen renovation", Eur(15_000))
                {
                    Fields = Values(("product", "personal_loan"), ("loan_purpose", "home_renovation"), ("term_months", 60), ("arrangement_fee", Eur(150))),
                    Path =
                    [
                        To("kyc_documents"),
                        To("scoring", ("dsti", 24.5m)),
                        To("underwriting", ("credit_grade", "B")),
                        To("approved", ("interest_rate", 7.9m), ("rate_type", "fixed"), ("aprc", 8.65m), ("credit_decision_ref", "CD-2026-00417")),
                    ],
                    ClosesInDays = 14,
                },
                new DemoDeal("account_opening", "Savings account", Eur(5_000))
                {
                    Fields = Values(("product", "savings_account")),
                    Path = [To("identity_verification"), To("account_opened", ("iban", "EE954200331044712093"), ("verification_method", "electronic_id"))],
                },
            ],
            Documents = [BankTemplates.LoanOfferLetter.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Confirm the renovation loan agreement is signed") { DueInDays = -1, Done = true, Outcome = "Signed in internet banking; paid out on Friday" },
            ],
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Low, "Asked for the repayment schedule of the renovation loan", OpenedHoursAgo: 5)
                {
                    Channel = BankChannels.InternetBanking.Key, Response = "Sent the schedule as a PDF in internet banking", ResolvedWithCsat = 5,
                },
            ],
        };

        // A completed mortgage and an activated credit card: a loyal customer.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Jaan Kask",
            Lifecycle = LifecycleStage.Customer,
            Owner = "kadri.rebane",
            Contacts = [Email("jaan.kask@ericsson.ee"), Mobile("+372 5567 1190"), Address("Tähe 12-5, 50103 Tartu, Estonia")],
            Fields = Values(
                ("national_id", "37911022159"), ("date_of_birth", new DateOnly(1979, 11, 2)), ("segment", "retail"),
                ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2029, 4, 1)), ("aml_risk_rating", "low"), ("tax_residency", "EE"),
                ("credit_score", 768), ("annual_income", Eur(54_000)), ("employment_status", "employed"), ("employer", "Ericsson Eesti AS"),
                ("home_branch", "TRT01"), ("marketing_consent", false)),
        })
        {
            Interactions =
            [
                Visit("TRT01", "Signed the mortgage agreement at the notary with the branch advisor", 95, "signed"),
                App("Activated the credit card and set a PIN", 40),
                Call("Asked why a card payment abroad was declined", 12, "card limit for e-commerce raised"),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — 3-room flat, Tähe 12, Tartu", Eur(185_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 300), ("arrangement_fee", Eur(925))),
                    Path =
                    [
                        To("kyc_documents"),
                        To("property_valuation", ("collateral", "3-room flat at Tähe 12-5, Tartu, first-ranking mortgage"), ("collateral_value", Eur(232_000))),
                        To("underwriting", ("dsti", 31.2m)),
                        To("approved", ("interest_rate", 4.35m), ("rate_type", "variable"), ("aprc", 4.49m), ("credit_decision_ref", "CD-2025-03112")),
                        To("completed"),
                    ],
                },
                new DemoDeal("card_issuance", "Gold credit card", Eur(3_000))
                {
                    Fields = Values(("product", "credit_card")),
                    Path =
                    [
                        To("credit_check"),
                        To("approved", ("credit_limit", Eur(3_000)), ("interest_rate", 19.9m), ("credit_decision_ref", "CD-2025-03540")),
                        To("card_issued"),
                        To("activated"),
                    ],
                },
            ],
        };

        // A car loan in scoring, an earlier mortgage declined on loan-to-value, a savings account on the way.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Tomas Kazlauskas",
            Lifecycle = LifecycleStage.Prospect,
            Owner = "ieva.kairiene",
            Contacts = [Email("tomas.kazlauskas@outlook.com"), Mobile("+370 612 48 377"), Address("Gedimino pr. 9-12, LT-01103 Vilnius, Lithuania")],
            Fields = Values(
                ("national_id", "39208091181"), ("date_of_birth", new DateOnly(1992, 8, 9)), ("segment", "retail"),
                ("kyc_status", "verified"), ("aml_risk_rating", "medium"), ("tax_residency", "LT"), ("credit_score", 655),
                ("annual_income", Eur(36_000)), ("employment_status", "employed"), ("employer", "Baltic Software Labs UAB"),
                ("home_branch", "VNO01"), ("marketing_consent", true)),
        })
        {
            Interactions =
            [
                Message("Applied for a car loan for a Škoda Octavia", 9),
                Message("Sent the purchase agreement from the dealer", 6),
                App("Opened a savings account application", 2),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.LoanOriginationKey, "Car loan — Škoda Octavia 2023", Eur(22_000))
                {
                    Fields = Values(("product", "car_loan"), ("loan_purpose", "car_purchase"), ("term_months", 72),
                        ("collateral", "Pledge over the Škoda Octavia 2023, VIN TMBJJ7NE1P0123456"), ("collateral_value", Eur(27_500))),
                    Path = [To("kyc_documents"), To("scoring", ("dsti", 33.0m))],
                    ClosesInDays = 10,
                },
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — flat in Šnipiškės, Vilnius", Eur(160_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 360)),
                    Path =
                    [
                        To("kyc_documents"),
                        To("property_valuation", ("collateral", "2-room flat at Kalvarijų g. 40-7, Vilnius"), ("collateral_value", Eur(168_000))),
                        Lost("declined", "Valuation came in below the price: loan-to-value 95% is above the 85% limit and the customer cannot add to the down payment"),
                    ],
                },
                new DemoDeal("account_opening", "Savings account", Eur(2_000)) { Fields = Values(("product", "savings_account")), ClosesInDays = 7 },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Tell him the scoring result for the car loan") { DueInDays = 1 },
            ],
            Quotes = [new DemoQuote(BankFunnels.LoanOriginationKey, [new DemoQuoteLine("loan_arrangement_fee", 22)])],
        };

        // A pensioner whose loan was declined on affordability; he complained at the branch.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Andres Kuusk",
            Lifecycle = LifecycleStage.Customer,
            Owner = "kadri.rebane",
            Contacts = [Mobile("+372 5112 0476"), Address("Sõpruse pst 154-33, 13424 Tallinn, Estonia")],
            Tags = ["pensioner"],
            Fields = Values(
                ("national_id", "35804050723"), ("date_of_birth", new DateOnly(1958, 4, 5)), ("segment", "retail"),
                ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2028, 2, 1)), ("aml_risk_rating", "low"), ("tax_residency", "EE"),
                ("credit_score", 640), ("annual_income", Eur(14_400)), ("employment_status", "retired"), ("home_branch", "TLN02")),
        })
        {
            Interactions =
            [
                Visit("TLN02", "Applied for a loan to repair his car", 26),
                Call("Told him the loan was declined: payments would exceed half of his pension", 15, "customer upset"),
                Visit("TLN02", "Complaint about the declined loan and the time the decision took", 13, "complaint registered, answer within 15 days") with
                {
                    Fields = Values(("branch_code", "TLN02"), ("complaint", true)),
                },
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.LoanOriginationKey, "Personal loan — car repair", Eur(12_000))
                {
                    Fields = Values(("product", "personal_loan"), ("loan_purpose", "other"), ("term_months", 48)),
                    Path =
                    [
                        To("kyc_documents"),
                        To("scoring", ("dsti", 52.0m)),
                        Lost("rejected", "Debt service to income 52% is above the 50% responsible-lending limit"),
                    ],
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Send the written answer to his complaint about the declined loan") { DueInDays = 5 },
            ],
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.Normal, "The loan decision took 11 days and the reason was not explained", OpenedHoursAgo: 13 * 24)
                {
                    Channel = BankChannels.BranchVisit.Key, Response = "Acknowledged in writing: the complaints unit answers within 15 business days",
                },
            ],
        };
    }
}
