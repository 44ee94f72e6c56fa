using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Bank.Demo.DemoKit;

namespace Crm.Plugins.Bank.Demo;

/// <summary>Affluent and private-banking customers looked after by a relationship manager.</summary>
internal static class PremiumCustomers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A mortgage offer issued (the offer letter is rendered for it) and a platinum card in the post.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Anneli Saar",
            Lifecycle = LifecycleStage.Customer,
            Owner = "anna.petrova",
            Contacts = [Email("anneli.saar@kliinikum.ee"), Mobile("+372 5012 7734"), Address("Randvere tee 41, 74001 Viimsi, Harju County, Estonia")],
            Tags = ["premium_package"],
            Fields = Values(
                ("national_id", "47506210343"), ("date_of_birth", new DateOnly(1975, 6, 21)), ("segment", "affluent"),
                ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2030, 6, 30)), ("aml_risk_rating", "low"), ("pep", false),
                ("tax_residency", "EE"), ("credit_score", 801), ("annual_income", Eur(96_000)), ("employment_status", "employed"),
                ("employer", "Tartu University Hospital"), ("home_branch", "TLN01"), ("marketing_consent", true)),
        })
        {
            Interactions =
            [
                Meeting("Mortgage advice meeting for a house in Viimsi", 40, "application submitted"),
                Message("Sent the preliminary purchase agreement and the building permit", 33),
                RmCall("Valuation report received; underwriting started", 12),
                RmCall("Offer ready: walked her through the rate and the notary steps", 1, "notary booked for next week"),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — house in Viimsi", Eur(280_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 360), ("arrangement_fee", Eur(1_400))),
                    Path =
                    [
                        To("kyc_documents"),
                        To("property_valuation", ("collateral", "Detached house at Randvere tee 41, Viimsi, first-ranking mortgage"), ("collateral_value", Eur(395_000))),
                        To("underwriting", ("dsti", 28.0m)),
                        To("approved", ("interest_rate", 3.95m), ("rate_type", "variable"), ("aprc", 4.07m), ("credit_decision_ref", "CD-2026-00388")),
                    ],
                    ClosesInDays = 21,
                },
                new DemoDeal("card_issuance", "Platinum credit card", Eur(10_000))
                {
                    Fields = Values(("product", "credit_card")),
                    Path =
                    [
                        To("credit_check"),
                        To("approved", ("credit_limit", Eur(10_000)), ("interest_rate", 16.9m), ("credit_decision_ref", "CD-2026-00102")),
                        To("card_issued"),
                    ],
                    ClosesInDays = 30,
                },
            ],
            Documents = [BankTemplates.LoanOfferLetter.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Check the home insurance for the Viimsi house is in place before signing") { DueInDays = 3 },
                new DemoActivity(ActivityKind.Meeting, "Notary: sign the mortgage agreement for the house in Viimsi") { DueInDays = 6, Duration = TimeSpan.FromMinutes(90) },
            ],
        };

        // A politically exposed person: enhanced due diligence before the account and the mortgage.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Viktor Ivanov",
            Owner = "anna.petrova",
            Contacts = [Email("viktor.ivanov@ivanovholding.ee"), Mobile("+372 5550 1966"), Address("Kadrioru 8-2, 10127 Tallinn, Estonia")],
            Tags = ["pep", "referral"],
            Fields = Values(
                ("national_id", "36612300065"), ("date_of_birth", new DateOnly(1966, 12, 30)), ("segment", "private"),
                ("kyc_status", "pending"), ("aml_risk_rating", "high"), ("pep", true), ("tax_residency", "EE"),
                ("annual_income", Eur(240_000)), ("employment_status", "self_employed"), ("employer", "Ivanov Holding OÜ (owner)"),
                ("home_branch", "TLN01")),
        })
        {
            Interactions =
            [
                Meeting("Introductory private banking meeting, referred by Anneli Saar", 19, "wants an account and a mortgage"),
                Video("Video identification passed", 14, "identity verified"),
                RmCall("Asked for source-of-wealth evidence: former deputy mayor, now company owner", 7, "documents promised"),
            ],
            Deals =
            [
                new DemoDeal("account_opening", "Private banking current account", Eur(150_000))
                {
                    Fields = Values(("product", "current_account")),
                    Path = [To("identity_verification"), To("compliance_review")],
                    ClosesInDays = 20,
                },
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — seaside villa, Pärnu", Eur(650_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 240)),
                    Path = [To("kyc_documents")],
                    ClosesInDays = 60,
                },
            ],
            Documents = [BankTemplates.KycDocumentRequest.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Chase the source-of-wealth evidence he promised a week ago") { DueInDays = -2 },
            ],
            // Unanswered for five days: past every private-banking target, so 'crm cases escalations' shows it.
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.High, "Asked twice when the account will be opened; no answer yet", OpenedHoursAgo: 120)
                {
                    Channel = BankChannels.InternetBanking.Key,
                },
            ],
        };

        // A mortgage in underwriting and a card approved.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Kristiina Lepp",
            Lifecycle = LifecycleStage.Customer,
            Owner = "anna.petrova",
            Contacts = [Email("kristiina@lepplaw.ee"), Mobile("+372 5345 6210"), Address("Soo 31-4, 10414 Tallinn, Estonia")],
            Fields = Values(
                ("national_id", "48309171506"), ("date_of_birth", new DateOnly(1983, 9, 17)), ("segment", "affluent"),
                ("kyc_status", "verified"), ("kyc_review_due", new DateOnly(2029, 11, 15)), ("aml_risk_rating", "low"), ("tax_residency", "EE"),
                ("credit_score", 780), ("annual_income", Eur(110_000)), ("employment_status", "self_employed"),
                ("employer", "Lepp & Partners Law Office (partner)"), ("home_branch", "TLN01"), ("marketing_consent", true)),
        })
        {
            Interactions =
            [
                RmCall("Discussed refinancing options and a new flat in Kalamaja", 35),
                Message("Uploaded tax returns for 2023 and 2024", 16),
                App("Applied for a platinum credit card", 6),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — apartment in Kalamaja", Eur(320_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 300)),
                    Path =
                    [
                        To("kyc_documents"),
                        To("property_valuation", ("collateral", "4-room apartment at Soo 31-4, Tallinn, first-ranking mortgage"), ("collateral_value", Eur(410_000))),
                        To("underwriting", ("dsti", 22.5m)),
                    ],
                    ClosesInDays = 14,
                },
                new DemoDeal("card_issuance", "Platinum credit card", Eur(8_000))
                {
                    Fields = Values(("product", "credit_card")),
                    Path = [To("credit_check"), To("approved", ("credit_limit", Eur(8_000)), ("interest_rate", 16.9m), ("credit_decision_ref", "CD-2026-00431"))],
                    ClosesInDays = 5,
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Underwriting decision on the Kalamaja mortgage: call her with the result") { DueInDays = 2 },
            ],
            Cases =
            [
                new DemoCase(CaseType.Incident, CasePriority.High, "Platinum card declined at a hotel in Vienna", OpenedHoursAgo: 3)
                {
                    Response = "Lifted the fraud-prevention block; asked her to repeat the payment",
                },
            ],
            Quotes =
            [
                new DemoQuote(BankFunnels.MortgageKey, [new DemoQuoteLine("mortgage_arrangement_fee", 320), new DemoQuoteLine("property_valuation")]) { Send = true },
                // The first year of the platinum card at half price: accepted, the card goes into production.
                new DemoQuote("card_issuance", [new DemoQuoteLine("platinum_credit_card") { Discount = Discount.Percent(50) }])
                {
                    Accept = true, OrderPath = [OrderStatus.Confirmed],
                },
            ],
        };
    }
}
