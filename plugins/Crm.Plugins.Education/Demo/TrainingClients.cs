using Crm.Framework.Activities;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Education.Demo.DemoKit;

namespace Crm.Plugins.Education.Demo;

/// <summary>Employers and public bodies buying leadership and professional training from the business engagement team.</summary>
internal static class TrainingClients
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A signed leadership programme and a new enquiry for practice educators.
        yield return new DemoCustomer(new()
        {
            Name = "Northshire NHS Foundation Trust",
            Kind = CustomerKind.Organization,
            Owner = "tom.harris",
            Contacts = [Email("learning.development@northshire.nhs.uk"), Office("+44 1632 960412"), Registered("Northshire General Hospital, Derriford Road, Plymouth PL6 8DH")],
            Fields = Values(("education_partner_type", "employer"), ("apprenticeship_levy_payer", true)),
        })
        {
            Interactions =
            [
                Meeting("Met the Head of Nursing Education about a leadership programme for ward managers", 150, "needs analysis agreed"),
                Emailed("Sent the proposal: five days for 24 ward managers, delivered at the trust", 120),
                Meeting("Contract signed; the first cohort starts in March", 40, "contract TC-2025-031"),
                Call("Asked about a clinical education programme for practice educators", 6, "needs analysis meeting to book"),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Cohort 1 evaluation call with Learning and Development")
                {
                    DueInDays = -2, Duration = TimeSpan.FromMinutes(30), Done = true, Outcome = "very positive; asks for a second cohort in the autumn",
                },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Ward Manager Leadership Programme, cohort 1", Gbp(42_000))
                {
                    Fields = Values(("programme_name", "Leadership and Management for Ward Managers (ILM Level 5)"), ("programme_level", "executive_education")),
                    Path =
                    [
                        To("needs_analysis"),
                        To("proposal_sent", ("training_delegates", 24), ("training_days", 5), ("training_delivery", "at_client_site")),
                        To("negotiation"),
                        To("contract_signed", ("training_contract_ref", "TC-2025-031")),
                    ],
                },
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Clinical Education CPD for practice educators", Gbp(18_000))
                {
                    Fields = Values(("programme_name", "Clinical Education (CPD modules, Level 7)"), ("programme_level", "executive_education")),
                    ClosesInDays = 90,
                },
            ],
        };

        // A needs analysis for a council's service managers.
        yield return new DemoCustomer(new()
        {
            Name = "Westmoor City Council",
            Kind = CustomerKind.Organization,
            Owner = "tom.harris",
            Contacts = [Email("organisational.development@westmoor.gov.uk"), Office("+44 1632 960877"), Registered("Civic Centre, Armada Way, Westmoor WM1 2AA")],
            Fields = Values(("education_partner_type", "public_body"), ("apprenticeship_levy_payer", true)),
        })
        {
            Interactions =
            [
                Meeting("Workshop with the Head of HR on digital skills gaps in service management", 14, "needs analysis under way"),
                Emailed("Shared the skills survey for 60 service managers", 10),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Digital Leadership for Service Managers", Gbp(30_000))
                {
                    Fields = Values(("programme_name", "Digital Leadership for Public Services (short course)"), ("programme_level", "executive_education")),
                    Path = [To("needs_analysis")],
                    ClosesInDays = 75,
                },
            ],
            // A first price for 24 service managers, kept as a draft until the needs analysis is finished.
            Quotes = [new DemoQuote(EducationFunnels.CorporateTrainingKey, [new DemoQuoteLine(EducationCatalogue.DigitalLeadership.Key, 24)])],
        };

        // A Lean Six Sigma proposal is out (the open deal first, so its quote finds it); a project management course lost on price.
        yield return new DemoCustomer(new()
        {
            Name = "Harbourside Engineering Ltd",
            Kind = CustomerKind.Organization,
            Owner = "tom.harris",
            Contacts = [Email("hr@harboursideeng.co.uk"), Office("+44 1632 960233"), Registered("Unit 4, Marine Business Park, Plymouth PL5 1LH")],
            Fields = Values(("education_partner_type", "employer"), ("apprenticeship_levy_payer", false)),
        })
        {
            Interactions =
            [
                Meeting("Operations director wants project management and continuous improvement training for engineers", 100, "two proposals to prepare"),
                Call("Chose another provider for the project management course", 60, "lost on price", InteractionDirection.Inbound),
                Emailed("Sent the Lean Six Sigma Green Belt proposal", 9),
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Lean Six Sigma Green Belt", Gbp(19_500))
                {
                    Fields = Values(("programme_name", "Lean Six Sigma Green Belt"), ("programme_level", "executive_education")),
                    Path =
                    [
                        To("needs_analysis"),
                        To("proposal_sent", ("training_delegates", 12), ("training_days", 6), ("training_delivery", "blended")),
                    ],
                    ClosesInDays = 30,
                },
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Project Management (APM PFQ) for engineers", Gbp(28_000))
                {
                    Fields = Values(("programme_name", "APM Project Fundamentals Qualification"), ("programme_level", "executive_education")),
                    Path =
                    [
                        To("needs_analysis"),
                        To("proposal_sent", ("training_delegates", 16), ("training_days", 4), ("training_delivery", "on_campus")),
                        Lost("lost_to_competitor", "Client chose a private training provider 20% cheaper, without university credit"),
                    ],
                },
            ],
            // The Green Belt proposal as a quote: course and exam for 12 engineers, lunch on the three campus days.
            Quotes =
            [
                new DemoQuote(EducationFunnels.CorporateTrainingKey,
                [
                    new DemoQuoteLine(EducationCatalogue.LeanSixSigmaGreenBelt.Key, 12),
                    new DemoQuoteLine(EducationCatalogue.LeanSixSigmaExam.Key, 12),
                    new DemoQuoteLine(EducationCatalogue.DayDelegateRate.Key, 36),
                ])
                {
                    Send = true,
                },
            ],
        };

        // An apprenticeship cohort in negotiation; a data course cancelled when the budget was frozen.
        yield return new DemoCustomer(new()
        {
            Name = "Meridian Logistics Group plc",
            Kind = CustomerKind.Organization,
            Owner = "tom.harris",
            Contacts = [Email("talent@meridianlogistics.co.uk"), Office("+44 1632 960590"), Registered("Meridian House, Brunel Road, Avonmouth, Bristol BS11 9YS")],
            Fields = Values(("education_partner_type", "employer"), ("apprenticeship_levy_payer", true)),
        })
        {
            Interactions =
            [
                Meeting("Talent director asked for a data course for managers and an apprenticeship for shift leaders", 130),
                Call("Data analytics course cancelled: training budget frozen", 95, "revisit next financial year", InteractionDirection.Inbound),
                Meeting("Negotiating the start date and the levy funding for 12 operations managers", 8, "draft contract with their legal team", "city_campus"),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Contract meeting: apprenticeship start date, levy account and commitment statements")
                {
                    DueInDays = 5, Duration = TimeSpan.FromMinutes(90),
                },
            ],
            // Accepted at the funding band price; the order is confirmed while the contract is finalised.
            Quotes =
            [
                new DemoQuote(EducationFunnels.CorporateTrainingKey, [new DemoQuoteLine(EducationCatalogue.OperationsManagerApprenticeship.Key, 12)])
                {
                    Accept = true, OrderPath = [OrderStatus.Confirmed],
                },
            ],
            Deals =
            [
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Operations Manager Apprenticeship (Level 5), 2026 cohort", Gbp(84_000))
                {
                    Fields = Values(("programme_name", "Operations or Departmental Manager Apprenticeship (Level 5)"), ("programme_level", "executive_education")),
                    Path =
                    [
                        To("needs_analysis"),
                        To("proposal_sent", ("training_delegates", 12), ("training_days", 30), ("training_delivery", "blended")),
                        To("negotiation"),
                    ],
                    ClosesInDays = 20,
                },
                new DemoDeal(EducationFunnels.CorporateTrainingKey, "Data Analytics for Managers", Gbp(24_000))
                {
                    Fields = Values(("programme_name", "Data Analytics for Managers (short course)"), ("programme_level", "executive_education")),
                    Path = [Lost("cancelled", "Training budget frozen after the company's restructuring; revisit in the next financial year")],
                },
            ],
        };
    }
}
