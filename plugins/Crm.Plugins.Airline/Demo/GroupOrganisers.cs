using Crm.Framework.Activities;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Airline.Demo.DemoKit;

namespace Crm.Plugins.Airline.Demo;

/// <summary>Schools, clubs and tour operators served by the group desk.</summary>
internal static class GroupOrganisers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A school trip quoted: the group quote is rendered for it.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Tallinn English College",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Prospect,
            Owner = "helen.ilves",
            Contacts = [Email("office@tec.edu.ee"), Office("+372 646 1720"), Registered("Estonia pst 10, 10148 Tallinn, Estonia")],
            Fields = Values(("airline_account_type", "group_organiser"), ("home_airport", "TLL")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Send the 10% deposit invoice and the name list form to the college") { DueInDays = 2 },
            ],
            Quotes =
            [
                // 28 seats, the teacher's seat free: the college accepted, so the order is confirmed.
                new DemoQuote(AirlineFunnels.GroupBookingKey, [new DemoQuoteLine("fare_group_economy", 28) { Discount = Discount.Amount(289.00m) }])
                {
                    Accept = true,
                    OrderPath = [OrderStatus.Confirmed],
                },
            ],
            Interactions =
            [
                Mail("Request for a school trip to London in April: 26 pupils and 2 teachers", 6),
                CallOut("Group desk called the head of English about the dates and the airport in London", 4, "Gatwick is fine; quote to follow"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.GroupBookingKey, "School trip to London — 28 passengers", Eur(7_803.00m))
                {
                    Fields = Values(("group_booking_type", "school"), ("group_pax", 28), ("origin_airport", "TLL"), ("destination_airport", "LGW"),
                        ("outbound_date", Day(2026, 4, 20)), ("inbound_date", Day(2026, 4, 24)), ("group_foc_seats", 1)),
                    Path =
                    [
                        To("quoted", ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(289.00m)),
                            ("group_option_date", Day(2026, 1, 29)), ("outbound_flight", "BN311"), ("outbound_time", "07:10"),
                            ("inbound_flight", "BN312"), ("inbound_time", "19:55"), ("baggage_allowance", "1PC")),
                    ],
                    ClosesInDays = 14,
                },
            ],
            Documents = [AirlineTemplates.GroupBookingQuote.Key],
        };

        // A youth team with the deposit paid for Athens; an earlier summer camp went to a charter.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Kalev Basketball Club",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "helen.ilves",
            Contacts = [Email("juniors@kalevbasket.ee"), Office("+372 627 3380"), Registered("Juhkentali 12, 10132 Tallinn, Estonia")],
            Fields = Values(("airline_account_type", "group_organiser"), ("home_airport", "TLL")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Add the net bag of basketballs to the Athens PNR as sports equipment") { DueInDays = -2 },
            ],
            Interactions =
            [
                Call("U18 team to the Easter tournament in Athens: 15 players and 3 coaches", 30, "quote sent"),
                Mail("Accepted the quote; deposit paid by bank transfer", 9, "deposit received"),
                Call("Asked whether basketballs in a net bag count as a checked bag", 2, "yes, one bag; book it with the names"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.GroupBookingKey, "U18 team to the Athens tournament — 18 passengers", Eur(6_156.00m))
                {
                    Fields = Values(("group_booking_type", "sports_team"), ("group_pax", 18), ("origin_airport", "TLL"), ("destination_airport", "ATH"),
                        ("outbound_date", Day(2026, 3, 26)), ("inbound_date", Day(2026, 3, 30))),
                    Path =
                    [
                        To("quoted", ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(342.00m)), ("group_option_date", Day(2026, 1, 10)),
                            ("outbound_flight", "BN771"), ("outbound_time", "11:20"), ("inbound_flight", "BN772"), ("inbound_time", "16:05")),
                        To("deposit_paid", ("pnr", "G4TNKL"), ("group_deposit_amount", Eur(615.60m)), ("group_names_deadline", Day(2026, 3, 5))),
                    ],
                    ClosesInDays = 49,
                },
                new DemoDeal(AirlineFunnels.GroupBookingKey, "Summer camp in Barcelona — 22 passengers", Eur(7_480.00m))
                {
                    Fields = Values(("group_booking_type", "sports_team"), ("group_pax", 22), ("origin_airport", "TLL"), ("destination_airport", "BCN"),
                        ("outbound_date", Day(2025, 7, 6)), ("inbound_date", Day(2025, 7, 16))),
                    Path =
                    [
                        To("quoted", ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(340.00m)), ("group_option_date", Day(2025, 4, 15))),
                        Lost("lost", "Took a tour operator's charter package at a lower price per player"),
                    ],
                },
            ],
        };

        // A tour operator: Tenerife names in, Tel Aviv ticketed, Rome at Easter declined.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Baltic Pilgrim Tours OÜ",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "helen.ilves",
            Contacts = [Email("groups@balticpilgrim.ee"), Office("+372 661 5042"), Registered("Vene 16, 10123 Tallinn, Estonia")],
            Tags = ["agency"],
            Fields = Values(("airline_account_type", "tour_operator"), ("iata_agency_number", "77201345"), ("home_airport", "TLL"),
                ("annual_air_spend", Eur(410_000))),
        })
        {
            Interactions =
            [
                Mail("Name list for the Tenerife group: 38 of 40 names", 5, "names loaded in the group PNR"),
                CallOut("Ticketing reminder for the Tel Aviv group", 12, "balance paid; tickets issued"),
                Call("Asked for 45 seats to Rome in Easter week", 21, "no group space; offered the week after"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.GroupBookingKey, "Winter sun Tenerife — 40 passengers", Eur(16_796.00m))
                {
                    Fields = Values(("group_booking_type", "tour_operator"), ("group_pax", 40), ("origin_airport", "TLL"), ("destination_airport", "TFS"),
                        ("outbound_date", Day(2026, 2, 28)), ("inbound_date", Day(2026, 3, 7)), ("group_foc_seats", 2)),
                    Path =
                    [
                        To("quoted", ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(442.00m)), ("group_option_date", Day(2025, 11, 20)),
                            ("outbound_flight", "BN961"), ("outbound_time", "06:45"), ("inbound_flight", "BN962"), ("inbound_time", "13:30")),
                        To("deposit_paid", ("pnr", "T8GRPX"), ("group_deposit_amount", Eur(1_679.60m)), ("group_names_deadline", Day(2026, 2, 7))),
                        To("names_submitted", ("group_names_received", 38)),
                    ],
                    ClosesInDays = 30,
                },
                new DemoDeal(AirlineFunnels.GroupBookingKey, "Holy Land pilgrimage Tel Aviv — 32 passengers", Eur(14_880.00m))
                {
                    Fields = Values(("group_booking_type", "pilgrimage"), ("group_pax", 32), ("origin_airport", "TLL"), ("destination_airport", "TLV"),
                        ("outbound_date", Day(2026, 2, 3)), ("inbound_date", Day(2026, 2, 10)), ("group_foc_seats", 1)),
                    Path =
                    [
                        To("quoted", ("cabin", "economy"), ("booking_class", "G"), ("group_fare_per_pax", Eur(480.00m)), ("group_option_date", Day(2025, 10, 31)),
                            ("outbound_flight", "BN881"), ("inbound_flight", "BN882")),
                        To("deposit_paid", ("pnr", "H2LYTV"), ("group_deposit_amount", Eur(1_488.00m)), ("group_names_deadline", Day(2026, 1, 13))),
                        To("names_submitted", ("group_names_received", 32)),
                        To("ticketed", ("eticket_number", "4122400098011")),
                    ],
                },
                new DemoDeal(AirlineFunnels.GroupBookingKey, "Rome at Easter — 45 passengers", Eur(19_350.00m))
                {
                    Fields = Values(("group_booking_type", "pilgrimage"), ("group_pax", 45), ("origin_airport", "TLL"), ("destination_airport", "FCO"),
                        ("outbound_date", Day(2026, 4, 1)), ("inbound_date", Day(2026, 4, 6))),
                    Path = [Lost("declined", "Easter week flights are over 90% sold; revenue management released no group seats")],
                },
            ],
        };
    }
}
