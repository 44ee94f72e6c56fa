using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using static Crm.Plugins.Bank.Demo.DemoKit;

namespace Crm.Plugins.Bank.Demo;

/// <summary>People applying to the bank for the first time: mortgages, cards and accounts on the way.</summary>
internal static class RetailApplicants
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A student with a thin credit file: card declined, current account in identity verification.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Liis Mets",
            Contacts = [Email("liis.mets@ut.ee"), Mobile("+372 5890 3312"), Address("Raatuse 22-14, 51009 Tartu, Estonia")],
            Owner = "kadri.rebane",
            Fields = Values(
                ("national_id", "60305272410"), ("date_of_birth", new DateOnly(2003, 5, 27)), ("segment", "retail"),
                ("kyc_status", "pending"), ("aml_risk_rating", "low"), ("credit_score", 590), ("annual_income", Eur(7_200)),
                ("employment_status", "student"), ("employer", "University of Tartu (part-time lab assistant)"), ("home_branch", "TRT01")),
        })
        {
            Interactions =
            [
                App("Applied for a student credit card", 18),
                Video("Video identification booked for Friday", 1, "scheduled"),
            ],
            Deals =
            [
                new DemoDeal("account_opening", "Current account with debit card", Eur(300))
                {
                    Fields = Values(("product", "current_account")),
                    Path = [To("identity_verification")],
                    ClosesInDays = 5,
                },
                new DemoDeal("card_issuance", "Student credit card", Eur(500))
                {
                    Fields = Values(("product", "credit_card")),
                    Path = [To("credit_check"), Lost("declined", "Thin credit file and no regular income; offered a debit card instead")],
                },
            ],
            Documents = [BankTemplates.KycDocumentRequest.Key],
        };

        // A mortgage waiting for the valuation report, a withdrawn wedding loan and a card in the credit check.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Rasa Petrauskaitė",
            Owner = "ieva.kairiene",
            Contacts = [Email("rasa.petrauskaite@gmail.com"), Mobile("+370 698 11 204"), Address("Užupio g. 18-3, LT-01203 Vilnius, Lithuania")],
            Fields = Values(
                ("national_id", "49001233095"), ("date_of_birth", new DateOnly(1990, 1, 23)), ("segment", "retail"),
                ("kyc_status", "verified"), ("aml_risk_rating", "low"), ("tax_residency", "LT"), ("credit_score", 720),
                ("annual_income", Eur(42_000)), ("employment_status", "employed"), ("employer", "Vilnius Events Agency UAB"),
                ("home_branch", "VNO01"), ("marketing_consent", true)),
        })
        {
            Interactions =
            [
                Visit("VNO01", "Mortgage consultation for a flat in Užupis", 28, "application submitted"),
                Message("Withdrew the wedding loan application: paying from savings", 20),
                Call("Asked when the valuer will visit the flat", 4, "valuer visits on Monday"),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — flat in Užupis, Vilnius", Eur(210_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 360)),
                    Path =
                    [
                        To("kyc_documents"),
                        To("property_valuation", ("collateral", "3-room flat at Užupio g. 18-3, Vilnius, first-ranking mortgage"), ("collateral_value", Eur(255_000))),
                    ],
                    ClosesInDays = 30,
                },
                new DemoDeal(BankFunnels.LoanOriginationKey, "Personal loan — wedding", Eur(8_000))
                {
                    Fields = Values(("product", "personal_loan"), ("loan_purpose", "other"), ("term_months", 36)),
                    Path = [Lost("withdrawn", "Customer decided to pay for the wedding from her savings")],
                },
                new DemoDeal("card_issuance", "Classic credit card", Eur(2_000))
                {
                    Fields = Values(("product", "credit_card")),
                    Path = [To("credit_check")],
                    ClosesInDays = 3,
                },
            ],
        };

        // A first-time buyer: the first purchase fell through, the second application has just started.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Peeter Org",
            Owner = "kadri.rebane",
            Contacts = [Email("peeter.org@proton.me"), Mobile("+372 5623 9981")],
            Fields = Values(
                ("national_id", "39707112269"), ("date_of_birth", new DateOnly(1997, 7, 11)), ("segment", "retail"),
                ("kyc_status", "verified"), ("aml_risk_rating", "low"), ("tax_residency", "EE"), ("credit_score", 690),
                ("annual_income", Eur(28_800)), ("employment_status", "employed"), ("employer", "Bolt Technology OÜ"),
                ("home_branch", "TLN01")),
        })
        {
            Interactions =
            [
                Message("Applied for a mortgage for a 2-room flat in Mustamäe", 60),
                Call("The seller withdrew; application closed", 41, "will look for another flat"),
                Message("New mortgage application for a flat in Lasnamäe", 2),
                App("Applied for a credit card", 1),
            ],
            Deals =
            [
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — 2-room flat, Mustamäe", Eur(145_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 360)),
                    Path = [To("kyc_documents"), Lost("withdrawn", "Purchase fell through: the seller withdrew")],
                },
                new DemoDeal(BankFunnels.MortgageKey, "Mortgage — 2-room flat, Lasnamäe", Eur(128_000))
                {
                    Fields = Values(("product", "mortgage"), ("loan_purpose", "home_purchase"), ("term_months", 360)),
                    ClosesInDays = 45,
                },
                new DemoDeal("card_issuance", "Classic credit card", Eur(1_500)) { Fields = Values(("product", "credit_card")), ClosesInDays = 7 },
            ],
        };

        // Never finished video identification; now asking for a small loan.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Elena Sokolova",
            Lifecycle = LifecycleStage.Lead,
            Owner = "kadri.rebane",
            Contacts = [Email("elena.sokolova@mail.ee"), Mobile("+372 5378 4420")],
            Fields = Values(
                ("national_id", "49402281838"), ("date_of_birth", new DateOnly(1994, 2, 28)), ("segment", "retail"),
                ("kyc_status", "not_started"), ("credit_score", 610), ("annual_income", Eur(16_800)),
                ("employment_status", "employed"), ("employer", "Rimi Eesti Food AS")),
        })
        {
            Interactions =
            [
                App("Started a current account application", 52),
                Video("Video identification: customer did not join the call", 45, "no show"),
                Message("Asked for a loan to buy furniture", 1),
            ],
            Deals =
            [
                new DemoDeal("account_opening", "Current account", Eur(500))
                {
                    Fields = Values(("product", "current_account")),
                    Path = [Lost("abandoned", "Did not complete video identification within 30 days")],
                },
                new DemoDeal(BankFunnels.LoanOriginationKey, "Personal loan — furniture", Eur(5_000))
                {
                    Fields = Values(("product", "personal_loan"), ("loan_purpose", "other"), ("term_months", 24)),
                    ClosesInDays = 14,
                },
            ],
        };
    }
}
