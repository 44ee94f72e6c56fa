using Crm.Framework.Activities;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Hospital.Demo.DemoKit;

namespace Crm.Plugins.Hospital.Demo;

/// <summary>Employers that buy occupational health examinations and check-ups for their staff.</summary>
internal static class CorporateClients
{
    public static IEnumerable<DemoCustomer> All()
    {
        // Occupational health examinations for port workers, quoted (the quote is rendered for it).
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Muuga Port Logistics AS",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = CorporateManager,
            Contacts = [Email("hr@muugaport.ee"), Office("+372 631 8800"), Registered("Sadama tee 11, 74115 Maardu, Harju County, Estonia")],
            Fields = Values(("oh_contract_number", "OH-2024-031"), ("oh_employee_count", 180)),
        })
        {
            Interactions =
            [
                Meeting("Annual review of the occupational health contract with the HR manager", 21, "wants the crane operators and drivers examined in February"),
                EmailIn("Sent the updated workplace risk assessment: noise, night shifts, work at height", 10),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.HealthCheckupKey, "Occupational health examinations — crane operators and drivers", Eur(2_925))
                {
                    Fields = Values(("checkup_package", "occupational")),
                    Path = [To("quoted", ("checkup_headcount", 45), ("checkup_price_per_person", Eur(65)), ("checkup_date", new DateOnly(2026, 2, 9)))],
                    ClosesInDays = 20,
                },
            ],
            Documents = [HospitalTemplates.CheckupQuote.Key],
            Quotes = [new DemoQuote(HospitalFunnels.HealthCheckupKey, [new DemoQuoteLine(HospitalCatalogue.OccupationalExam.Key, 45)]) { Send = true }],
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Agree the examination schedule for the crane operators and drivers with HR")
                {
                    DueInDays = 4, Duration = TimeSpan.FromHours(1),
                },
            ],
        };

        // Comprehensive check-ups for a software company's staff, booked for February.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Nordic Software OÜ",
            Kind = CustomerKind.Organization,
            Owner = CorporateManager,
            Contacts = [Email("people@nordicsoft.ee"), Office("+372 600 2120"), Registered("Valukoja 8, 11415 Tallinn, Estonia")],
            Fields = Values(("oh_contract_number", "OH-2025-014"), ("oh_employee_count", 64)),
        })
        {
            Interactions =
            [
                EmailIn("Asked for a wellbeing check-up for staff as a yearly benefit", 35),
                Meeting("Presented the comprehensive health check; agreed 20 places in the first round", 14, "accepted the quote"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.HealthCheckupKey, "Comprehensive health checks — staff benefit, first round", Eur(3_780))
                {
                    Fields = Values(("checkup_package", "comprehensive")),
                    Path =
                    [
                        To("quoted", ("checkup_headcount", 20), ("checkup_price_per_person", Eur(189))),
                        To("booked", ("checkup_date", new DateOnly(2026, 2, 3))),
                    ],
                    ClosesInDays = 25,
                },
            ],
            // The accepted quote became an order, confirmed for the February examination days.
            Quotes =
            [
                new DemoQuote(HospitalFunnels.HealthCheckupKey, [new DemoQuoteLine(HospitalCatalogue.ComprehensiveCheckup.Key, 20)])
                {
                    Accept = true, OrderPath = [OrderStatus.Confirmed],
                },
            ],
        };

        // Executive check-ups for the management team went to another provider.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Baltic Retail Group AS",
            Kind = CustomerKind.Organization,
            Owner = CorporateManager,
            Contacts = [Email("office@balticretail.ee"), Office("+372 650 4400"), Registered("Tartu mnt 63, 10115 Tallinn, Estonia")],
            Fields = Values(("oh_employee_count", 1_250)),
        })
        {
            Interactions =
            [
                EmailIn("Asked for executive health checks for 12 managers", 55),
                CallOut("Followed up the quote", 30, "chose another provider on price"),
            ],
            Deals =
            [
                new DemoDeal(HospitalFunnels.HealthCheckupKey, "Executive health checks — management team", Eur(5_040))
                {
                    Fields = Values(("checkup_package", "executive")),
                    Path =
                    [
                        To("quoted", ("checkup_headcount", 12), ("checkup_price_per_person", Eur(420))),
                        Lost("not_proceeding", "Chose another provider: 15% cheaper, without the echocardiography"),
                    ],
                },
            ],
        };
    }
}
