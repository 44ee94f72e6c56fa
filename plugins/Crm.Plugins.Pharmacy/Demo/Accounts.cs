using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Pharmacy.Demo.DemoKit;

namespace Crm.Plugins.Pharmacy.Demo;

/// <summary>Organisations the pharmacy serves: a care home and an employer.</summary>
internal static class Accounts
{
    public static IEnumerable<DemoCustomer> All()
    {
        // An assisted-living home: the monthly drug regimen reviews and the residents' flu clinic.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Maple Grove Assisted Living",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "marcus.bell",
            Tags = [PharmacyService.LtcContractTag],
            Contacts = [Email("don@maplegroveliving.com"), Office("+1 614 555 0230"), Address("1200 Maple Grove Ln, Westerville, OH 43081")],
            Fields = Values(("rx_facility_type", "assisted_living"), ("rx_facility_beds", 84), ("rx_facility_npi", "1932457810"), ("rx_home_store", "0421")),
        })
        {
            Interactions =
            [
                Meeting("Flu clinic for residents and staff in the activity room", 92, "78 residents and 31 staff vaccinated"),
                Meeting("December drug regimen review with the director of nursing", 30, "14 recommendations to prescribers"),
                Call("Director of nursing confirmed the January review for the 20th", 6, "confirmed"),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Monthly drug regimen review on site with the director of nursing")
                {
                    DueInDays = 5, Duration = TimeSpan.FromHours(4), Repeat = new Recurrence(RepeatFrequency.Monthly) { Count = 12 },
                },
            ],
            // Not yet answered at seeding: past the contract's 1-hour response, so it shows in 'crm cases escalations'.
            Cases =
            [
                new DemoCase(CaseType.Incident, CasePriority.High, "Cycle-fill delivery short: three residents' blister packs missing", OpenedHoursAgo: 60),
            ],
            // The January review, priced per resident, accepted and confirmed.
            Quotes =
            [
                new DemoQuote(PharmacyFunnels.MedicationReviewKey, [new DemoQuoteLine(PharmacyCatalogue.DrugRegimenReview.Key, 84)])
                {
                    Accept = true, OrderPath = [OrderStatus.Confirmed],
                },
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Drug regimen review — January 2026", Usd(1260))
                {
                    Fields = Values(("rx_review_type", "drug_regimen_review")),
                    Path = [To("scheduled", ("rx_review_date", new DateOnly(2026, 1, 20)), ("rx_pharmacist", Bell))],
                    ClosesInDays = 5,
                },
                new DemoDeal(PharmacyFunnels.MedicationReviewKey, "Drug regimen review — December 2025", Usd(1260))
                {
                    Fields = Values(("rx_review_type", "drug_regimen_review")),
                    Path =
                    [
                        To("scheduled", ("rx_review_date", new DateOnly(2025, 12, 16)), ("rx_pharmacist", Bell)),
                        To("completed", ("rx_med_count", 611), ("rx_drug_problems", new[] { "unnecessary_therapy", "dose_too_high", "drug_interaction" }),
                            ("rx_action_plan", "Taper and stop 9 long-term proton pump inhibitors without a current indication; " +
                                "Ask prescribers to reduce 3 sedative doses in residents over 85 (Beers criteria); " +
                                "Move 2 residents on warfarin and an antibiotic to weekly INR checks")),
                    ],
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "Flu clinic 2025-26 — residents and staff", Usd(4360))
                {
                    Fields = Values(("rx_vaccine", "influenza")),
                    Path =
                    [
                        To("booked"),
                        To("screened", ("rx_screening_result", "precaution_cleared")),
                        To("administered", ("rx_vaccine_lot", "UT8421CA"), ("rx_administered_on", new DateOnly(2025, 10, 15)), ("rx_pharmacist", Bell), ("rx_dose_number", 1)),
                    ],
                },
            ],
        };

        // An employer: last autumn's flu clinic was cancelled; a COVID-19 clinic is booked.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Olentangy Tool & Die Inc.",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Prospect,
            Owner = "marcus.bell",
            Contacts = [Email("hr@olentangytool.com"), Office("+1 614 555 0275"), Address("7400 Worthington Galena Rd, Columbus, OH 43085")],
            Fields = Values(("rx_facility_type", "employer"), ("rx_home_store", "0421")),
        })
        {
            Interactions =
            [
                Meeting("HR asked for an on-site flu clinic for 140 employees", 120, "proposal sent"),
                Call("HR cancelled the flu clinic: the health plan sent a mobile clinic", 80, "cancelled"),
                Call("HR booked a COVID-19 clinic for the February safety day", 9, "booked for February 6"),
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Order 40 COVID-19 doses and book a technician for the safety-day clinic") { DueInDays = 2 },
            ],
            // 40 doses; the clinic fee is waived from 40 doses.
            Quotes =
            [
                new DemoQuote(PharmacyFunnels.VaccinationKey,
                [
                    new DemoQuoteLine(PharmacyCatalogue.CovidVaccine.Key, 40),
                    new DemoQuoteLine(PharmacyCatalogue.OnSiteClinic.Key) { Discount = Discount.Percent(100) },
                ])
                {
                    Send = true,
                },
            ],
            Deals =
            [
                new DemoDeal(PharmacyFunnels.VaccinationKey, "On-site COVID-19 clinic — safety day", Usd(6600))
                {
                    Fields = Values(("rx_vaccine", "covid_19")),
                    Path = [To("booked")],
                    ClosesInDays = 22,
                },
                new DemoDeal(PharmacyFunnels.VaccinationKey, "On-site flu clinic 2025-26", Usd(5600))
                {
                    Fields = Values(("rx_vaccine", "influenza")),
                    Path = [Lost("declined", "Cancelled by HR: their health plan sent a free mobile flu clinic the same week.")],
                },
            ],
        };
    }
}
