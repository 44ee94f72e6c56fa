using Crm.Framework.Activities;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using static Crm.Plugins.Airline.Demo.DemoKit;

namespace Crm.Plugins.Airline.Demo;

/// <summary>Companies the corporate sales team negotiates fare agreements with.</summary>
internal static class CorporateAccounts
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A signed fare agreement (its summary is rendered) and the management conference flown as a group.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Põhjala Energia AS",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "andres.vaher",
            Contacts = [Email("travel@pohjalaenergia.ee"), Office("+372 715 2200"), Registered("Lõõtsa 5, 11415 Tallinn, Estonia")],
            Tags = ["key_account"],
            Fields = Values(("airline_account_type", "corporate"), ("home_airport", "TLL"), ("annual_air_spend", Eur(1_150_000))),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Quarterly business review of the fare agreement with the travel manager")
                {
                    DueInDays = 21, Duration = TimeSpan.FromMinutes(90), Repeat = new Recurrence(RepeatFrequency.Monthly, 3) { Count = 4 },
                },
            ],
            Interactions =
            [
                Mail("RFP for the 2026-2027 air travel programme", 70, "RFP accepted"),
                Meeting("Presented the traffic analysis and the proposal to the CFO and the travel manager", 40, "asked for change fee waiver"),
                Meeting("Agreement signed with the CFO", 8, "signed"),
                Call("Travel manager asked how the tour code appears in the tickets", 3),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Fare agreement 2026–2027", Eur(540_000))
                {
                    Fields = Values(("annual_segments", 2_400)),
                    Path =
                    [
                        To("traffic_analysis", ("top_city_pairs", "TLL-LHR, TLL-CPH, TLL-OSL, TLL-HAM"), ("airline_share_pct", 48)),
                        To("proposal_sent", ("fare_discount_pct", 12), ("discounted_cabins", new[] { "economy", "business" }), ("airline_share_target_pct", 70)),
                        To("negotiation", ("tmc_name", "Nordic Travel Management OÜ")),
                        To("contract_signed", ("tour_code", "BNPE2602"), ("fare_agreement_start", Day(2026, 2, 1)), ("fare_agreement_end", Day(2027, 1, 31)),
                            ("change_fee_waiver", true)),
                    ],
                },
                new DemoDeal(AirlineFunnels.GroupBookingKey, "Management conference in Barcelona — 60 passengers", Eur(22_800.00m))
                {
                    Fields = Values(("group_booking_type", "corporate_event"), ("group_pax", 60), ("origin_airport", "TLL"), ("destination_airport", "BCN"),
                        ("outbound_date", Day(2026, 1, 28)), ("inbound_date", Day(2026, 1, 31))),
                    Path =
                    [
                        To("quoted", ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(380.00m)), ("group_option_date", Day(2025, 11, 14)),
                            ("outbound_flight", "BN541"), ("inbound_flight", "BN542")),
                        To("deposit_paid", ("pnr", "C5NFBR"), ("group_deposit_amount", Eur(2_280.00m)), ("group_names_deadline", Day(2026, 1, 7))),
                        To("names_submitted", ("group_names_received", 60)),
                        To("ticketed", ("eticket_number", "4122400104577")),
                    ],
                },
            ],
            Documents = [AirlineTemplates.CorporateFareAgreement.Key],
        };

        // In negotiation: the proposal summary is rendered for the buyer.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Helix Biotech OÜ",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Prospect,
            Owner = "andres.vaher",
            Contacts = [Email("procurement@helixbio.ee"), Office("+372 730 9150"), Registered("Teaduspargi 6, 50411 Tartu, Estonia")],
            Fields = Values(("airline_account_type", "sme"), ("home_airport", "TLL"), ("annual_air_spend", Eur(260_000))),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Negotiation call: revenue management's answer on 15% and premium economy") { DueInDays = 2, Duration = TimeSpan.FromMinutes(30) },
            ],
            Interactions =
            [
                Mail("RFP: 600 trips a year, mostly to Frankfurt, Amsterdam and Boston via Amsterdam", 35),
                Meeting("Negotiation: they want 15% and premium economy included", 6, "revenue management asked for a 60% share commitment"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Fare agreement 2026", Eur(140_000))
                {
                    Fields = Values(("annual_segments", 600)),
                    Path =
                    [
                        To("traffic_analysis", ("top_city_pairs", "TLL-FRA, TLL-AMS, TLL-MUC"), ("airline_share_pct", 35)),
                        To("proposal_sent", ("fare_discount_pct", 10), ("discounted_cabins", new[] { "economy", "premium_economy" }), ("airline_share_target_pct", 60)),
                        To("negotiation", ("tmc_name", "Estravel Business Travel")),
                    ],
                    ClosesInDays = 30,
                },
            ],
            Documents = [AirlineTemplates.CorporateFareAgreement.Key],
        };

        // A shipping company: crew travel analysed for an agreement, a crew change asked for as a group.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Meridian Shipping AS",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Prospect,
            Owner = "andres.vaher",
            Contacts = [Email("crewing@meridianshipping.ee"), Office("+372 640 8811"), Registered("Sadama 9, 10111 Tallinn, Estonia")],
            Fields = Values(("airline_account_type", "corporate"), ("home_airport", "TLL"), ("annual_air_spend", Eur(720_000))),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Quote the Hamburg crew change for 14 seafarers (marine fares, 2 bags each)") { DueInHours = 4 },
            ],
            Interactions =
            [
                Meeting("Crewing manager: 1,500 crew movements a year, often at short notice", 15, "send the booking data for analysis"),
                Mail("Crew change in Hamburg on 9 February: 14 seafarers", 1),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Marine crew fare agreement", Eur(310_000))
                {
                    Fields = Values(("annual_segments", 1_500)),
                    Path = [To("traffic_analysis", ("top_city_pairs", "TLL-HAM, TLL-GDN, TLL-AMS"), ("airline_share_pct", 22))],
                    ClosesInDays = 45,
                },
                new DemoDeal(AirlineFunnels.GroupBookingKey, "Crew change in Hamburg — 14 seafarers", Eur(4_060.00m))
                {
                    Fields = Values(("group_booking_type", "ship_crew"), ("group_pax", 14), ("origin_airport", "TLL"), ("destination_airport", "HAM"),
                        ("outbound_date", Day(2026, 2, 9))),
                    ClosesInDays = 7,
                },
            ],
        };

        // A software company that withdrew last year's tender and is now considering our proposal.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Northwave Software OÜ",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Prospect,
            Owner = "andres.vaher",
            Contacts = [Email("office@northwave.io"), Office("+372 622 4075"), Registered("Ülikooli 2, 51003 Tartu, Estonia")],
            Fields = Values(("airline_account_type", "sme"), ("home_airport", "TLL"), ("annual_air_spend", Eur(180_000))),
        })
        {
            Interactions =
            [
                Mail("Tender for 2025 cancelled: travel freeze after the funding round was postponed", 300),
                Mail("New RFP for 2026: 450 trips a year to London, Stockholm and Berlin", 25),
                CallOut("Walked the travel coordinator through the proposal", 5, "decision in February"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Fare agreement 2025", Eur(80_000))
                {
                    Fields = Values(("annual_segments", 380)),
                    Path = [To("traffic_analysis", ("top_city_pairs", "TLL-LHR, TLL-ARN"), ("airline_share_pct", 40)),
                        Lost("withdrawn", "The company froze travel and cancelled the tender")],
                },
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Fare agreement 2026", Eur(95_000))
                {
                    Fields = Values(("annual_segments", 450)),
                    Path =
                    [
                        To("traffic_analysis", ("top_city_pairs", "TLL-LHR, TLL-ARN"), ("airline_share_pct", 41)),
                        To("proposal_sent", ("fare_discount_pct", 8), ("discounted_cabins", new[] { "economy" }), ("airline_share_target_pct", 65)),
                    ],
                    ClosesInDays = 35,
                },
            ],
        };

        // A retail group lost to a competitor last year; this year's RFP has just arrived.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Baltic Retail Group AS",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Lead,
            Owner = "andres.vaher",
            Contacts = [Email("procurement@balticretail.com"), Office("+371 6 780 4400"), Registered("Brīvības iela 214, LV-1039 Riga, Latvia")],
            Fields = Values(("airline_account_type", "corporate"), ("home_airport", "RIX"), ("annual_air_spend", Eur(950_000))),
        })
        {
            Interactions =
            [
                Mail("Tender result 2025: awarded to another carrier", 320, "lost"),
                Mail("RFP 2026-2027 received: 3,000 trips a year from Riga, Tallinn and Vilnius", 2),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Fare agreement 2025", Eur(420_000))
                {
                    Fields = Values(("annual_segments", 2_800)),
                    Path =
                    [
                        To("traffic_analysis", ("top_city_pairs", "RIX-TLL, RIX-VNO, RIX-HEL, TLL-ARN"), ("airline_share_pct", 18)),
                        To("proposal_sent", ("fare_discount_pct", 9), ("discounted_cabins", new[] { "economy" }), ("airline_share_target_pct", 55)),
                        Lost("not_awarded", "Awarded to the Riga-based carrier: larger network from Riga and a 14% discount"),
                    ],
                },
                new DemoDeal(AirlineFunnels.CorporateTravelContractKey, "Fare agreement 2026–2027", Eur(450_000))
                {
                    Fields = Values(("annual_segments", 3_000)),
                    ClosesInDays = 60,
                },
            ],
        };
    }
}
