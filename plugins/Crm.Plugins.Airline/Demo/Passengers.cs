using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Airline.Demo.DemoKit;

namespace Crm.Plugins.Airline.Demo;

/// <summary>Individual passengers: frequent flyers, families and first-time travellers.</summary>
internal static class Passengers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A Gold business traveller with a ticketed London return: the e-ticket receipt and the miles statement are rendered.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Kristjan Lepp",
            Lifecycle = LifecycleStage.Customer,
            Owner = "triin.kallas",
            Contacts = [Email("kristjan.lepp@outlook.com"), Mobile("+372 5123 4471"), Address("Kadaka tee 88-14, 12618 Tallinn, Estonia")],
            Tags = ["frequent_flyer"],
            Fields = Values(
                ("ffp_number", "100482731"), ("ffp_tier", "gold"), ("ffp_award_miles", 64_200), ("ffp_tier_miles", 41_350),
                ("ffp_tier_valid_until", Day(2026, 3, 31)), ("passenger_date_of_birth", Day(1981, 5, 19)),
                ("passenger_passport_number", "K4810372"), ("passenger_passport_expiry", Day(2031, 8, 14)), ("passenger_passport_country", "EST"),
                ("passenger_seat_preference", "aisle"), ("passenger_contact_channel", "airline_app"), ("passenger_marketing_consent", true),
                ("home_airport", "TLL"), ("airline_account_type", "business_traveller")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Tier review: 8,650 tier miles short of keeping Gold by 31 March; suggest the February London trip in business") { DueInDays = 5 },
            ],
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Normal, "Tier miles not credited for BN152 Copenhagen–Tallinn", 3)
                {
                    Channel = AirlineChannels.AirlineApp.Key,
                    Response = "Thank you; we found the flight and the miles will be in your account within 48 hours.",
                },
            ],
            Interactions =
            [
                Lounge("TLL", "Used the business lounge before the morning Copenhagen flight", 41),
                Onboard("BN152", "Cabin crew report: thanked the crew; asked for more vegetarian choices in business class", 41),
                Call("Booked a London return for a client meeting, business class", 2, "held until tomorrow, then ticketed"),
                App("Chose seat 2C on both flights and added the frequent flyer number", 1),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Tallinn–London Heathrow return, 9–12 February", Eur(908.40m))
                {
                    Fields = Values(("origin_airport", "TLL"), ("destination_airport", "LHR"), ("outbound_date", Day(2026, 2, 9)),
                        ("inbound_date", Day(2026, 2, 12)), ("cabin", "business")),
                    Path =
                    [
                        To("on_hold", ("pnr", "K7QX2M"), ("outbound_flight", "BN301"), ("outbound_time", "07:25"), ("inbound_flight", "BN302"),
                            ("inbound_time", "18:40"), ("booking_class", "J"), ("base_fare", Eur(812.00m)), ("fare_taxes", Eur(96.40m)),
                            ("ticketing_time_limit", Day(2026, 1, 16))),
                        To("ticketed", ("eticket_number", "4122400123456"), ("fare_basis", "JFLEX"), ("baggage_allowance", "2PC")),
                    ],
                },
            ],
            Documents = [AirlineTemplates.EticketReceipt.Key, AirlineTemplates.FfpStatement.Key],
        };

        // A Platinum member who travels with a wheelchair and a gluten-free meal; her passport runs out soon.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Ingrid Andersen",
            Lifecycle = LifecycleStage.Customer,
            Owner = "triin.kallas",
            Contacts = [Email("ingrid.andersen@mail.dk"), Mobile("+45 21 48 90 17"), Address("Strandvejen 112, 2900 Hellerup, Denmark")],
            Tags = ["frequent_flyer", "prm"],
            Fields = Values(
                ("ffp_number", "100217764"), ("ffp_tier", "platinum"), ("ffp_award_miles", 148_900), ("ffp_tier_miles", 103_400),
                ("ffp_tier_valid_until", Day(2027, 3, 31)), ("passenger_date_of_birth", Day(1958, 11, 2)),
                ("passenger_passport_number", "205998712"), ("passenger_passport_expiry", Day(2026, 5, 30)), ("passenger_passport_country", "DNK"),
                ("passenger_meal_ssr", "GFML"), ("passenger_assistance_ssr", new[] { "WCHS" }), ("passenger_seat_preference", "aisle"),
                ("passenger_contact_channel", "email"), ("passenger_marketing_consent", false), ("home_airport", "CPH"),
                ("airline_account_type", "business_traveller")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Call Ingrid about the missing assistance and reconfirm WCHS and GFML for 20 February") { DueInHours = 2, Duration = TimeSpan.FromMinutes(15) },
            ],
            Cases =
            [
                // A Platinum PRM left waiting at the gate: the disruption SLA's 30-minute first response has already passed.
                new DemoCase(CaseType.Incident, CasePriority.Urgent, "No wheelchair assistance at the Tallinn gate on arrival from Copenhagen", 5)
                {
                    Channel = AirlineChannels.CallCentre.Key,
                },
            ],
            Interactions =
            [
                Call("Asked for a gluten-free meal on every booking", 60, "GFML added to the profile"),
                Desk("CPH", "Wheelchair to the aircraft with help on the steps, arranged at check-in", 33, "assistance team met her", "BN151"),
                Gate("TLL", "Pre-boarded with the assistance team", 33, null, "BN151"),
                Mail("Booked Copenhagen–Tallinn for the board meeting on 20 February", 3, "ticketed; passport expiry flagged"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Copenhagen–Tallinn one way, 20 February", Eur(187.70m))
                {
                    Fields = Values(("origin_airport", "CPH"), ("destination_airport", "TLL"), ("outbound_date", Day(2026, 2, 20)), ("cabin", "economy")),
                    Path =
                    [
                        To("on_hold", ("pnr", "R2VB8N"), ("outbound_flight", "BN152"), ("outbound_time", "10:05"), ("booking_class", "M"),
                            ("base_fare", Eur(149.00m)), ("fare_taxes", Eur(38.70m)), ("ticketing_time_limit", Day(2026, 1, 14))),
                        To("ticketed", ("eticket_number", "4122400119842"), ("fare_basis", "MSAVER"), ("baggage_allowance", "1PC")),
                    ],
                },
            ],
            Documents = [AirlineTemplates.EticketReceipt.Key],
        };

        // A family holiday held in the call centre, not paid yet.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Liis Mägi",
            Lifecycle = LifecycleStage.Prospect,
            Owner = "marko.saar",
            Contacts = [Email("liis.magi@gmail.com"), Mobile("+372 5566 2310"), Address("Raekoja 9-4, 51004 Tartu, Estonia")],
            Fields = Values(
                ("ffp_number", "100913350"), ("ffp_tier", "blue"), ("ffp_award_miles", 3_150), ("ffp_tier_miles", 2_400),
                ("passenger_contact_channel", "sms"), ("passenger_marketing_consent", true), ("home_airport", "TLL"), ("airline_account_type", "leisure")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Ticketing time limit reminder: four seats to Barcelona held until 17 January") { DueInDays = 1, Duration = TimeSpan.FromMinutes(10) },
            ],
            Quotes =
            [
                new DemoQuote(AirlineFunnels.FlightBookingKey, [new DemoQuoteLine("fare_economy_classic", 4), new DemoQuoteLine("checked_bag_23kg", 2)]) { Send = true },
            ],
            Interactions =
            [
                Call("Asked for fares to Barcelona for four over the Easter school holiday", 1, "four seats held in K, ticketing by 17 January"),
                App("Looked at the seat map for seats together", 0),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Family holiday Tallinn–Barcelona, 4 passengers", Eur(1_236.00m))
                {
                    Fields = Values(("origin_airport", "TLL"), ("destination_airport", "BCN"), ("outbound_date", Day(2026, 3, 28)),
                        ("inbound_date", Day(2026, 4, 4)), ("cabin", "economy")),
                    Path =
                    [
                        To("on_hold", ("pnr", "P9HD4T"), ("outbound_flight", "BN541"), ("outbound_time", "09:50"), ("inbound_flight", "BN542"),
                            ("inbound_time", "14:35"), ("booking_class", "K"), ("base_fare", Eur(1_020.00m)), ("fare_taxes", Eur(216.00m)),
                            ("ticketing_time_limit", Day(2026, 1, 17))),
                    ],
                    ClosesInDays = 2,
                },
            ],
        };

        // A Vilnius Silver member: an Amsterdam booking lapsed, a Tenerife trip being asked about.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Jonas Petraitis",
            Lifecycle = LifecycleStage.Customer,
            Owner = "marko.saar",
            Contacts = [Email("jonas.petraitis@gmail.com"), Mobile("+370 612 90 455"), Address("Žirmūnų g. 70-12, LT-09124 Vilnius, Lithuania")],
            Fields = Values(
                ("ffp_number", "100655102"), ("ffp_tier", "silver"), ("ffp_award_miles", 22_800), ("ffp_tier_miles", 18_900),
                ("ffp_tier_valid_until", Day(2026, 6, 30)), ("passenger_date_of_birth", Day(1990, 7, 3)), ("passenger_passport_country", "LTU"),
                ("passenger_seat_preference", "window"), ("passenger_contact_channel", "email"), ("passenger_marketing_consent", true),
                ("home_airport", "VNO"), ("airline_account_type", "leisure")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Send the Tenerife fares with a miles-and-cash option") { DueInDays = 3 },
            ],
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Low, "Can award miles pay part of a Tenerife fare?", 96)
                {
                    Response = "Yes: miles and cash can be combined from 5,000 miles; we will send you the options.",
                    ResolvedWithCsat = 5,
                },
            ],
            Interactions =
            [
                App("Held an Amsterdam return in the app and did not pay", 20, "booking cancelled at the ticketing time limit"),
                Call("Asked about fares to Tenerife in March and whether miles can pay part of it", 4, "sent fares by email"),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Vilnius–Amsterdam return, January", Eur(246.00m))
                {
                    Fields = Values(("origin_airport", "VNO"), ("destination_airport", "AMS"), ("outbound_date", Day(2026, 1, 23)),
                        ("inbound_date", Day(2026, 1, 26)), ("cabin", "economy")),
                    Path =
                    [
                        To("on_hold", ("pnr", "J3MW7C"), ("outbound_flight", "BN611"), ("booking_class", "L"), ("base_fare", Eur(188.00m)),
                            ("fare_taxes", Eur(58.00m)), ("ticketing_time_limit", Day(2025, 12, 28))),
                        Lost("option_expired", "Ticketing time limit passed without payment; the seats were released"),
                    ],
                },
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Vilnius–Tenerife South return, March", Eur(520.00m))
                {
                    Fields = Values(("origin_airport", "VNO"), ("destination_airport", "TFS"), ("outbound_date", Day(2026, 3, 7)),
                        ("inbound_date", Day(2026, 3, 14)), ("cabin", "economy")),
                    ClosesInDays = 10,
                },
            ],
        };

        // A Silver member whose flight was cancelled and bag delayed; he booked his next trip elsewhere.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Peeter Kuusk",
            Lifecycle = LifecycleStage.Customer,
            Owner = "marko.saar",
            Contacts = [Email("peeter.kuusk@elisa.ee"), Mobile("+372 5090 3318"), Address("Lai 31, 80010 Pärnu, Estonia")],
            Fields = Values(
                ("ffp_number", "100388415"), ("ffp_tier", "silver"), ("ffp_award_miles", 31_450), ("ffp_tier_miles", 26_100),
                ("ffp_tier_valid_until", Day(2026, 9, 30)), ("passenger_date_of_birth", Day(1975, 2, 27)), ("passenger_meal_ssr", "VLML"),
                ("passenger_seat_preference", "window"), ("passenger_contact_channel", "phone"), ("passenger_marketing_consent", false),
                ("home_airport", "TLL"), ("airline_account_type", "business_traveller")),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Win-back call after the BN421 cancellation and the delayed bag")
                {
                    DueInDays = -1, Done = true, Outcome = "Apologised and credited 5,000 bonus miles; he will look at us again for the spring trade fair",
                },
            ],
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.Normal, "Taxi to collect the delayed bag in Frankfurt not refunded", 200)
                {
                    Channel = "email",
                    Response = "We are sorry; please send the taxi receipt and we will refund it with the EU261 payment.",
                    ResolvedWithCsat = 3,
                },
            ],
            Interactions =
            [
                Desk("TLL", "Flight to Frankfurt cancelled (technical); rebooked on the next day's flight, hotel voucher given", 26, "rebooked",
                    "BN421") with { Fields = Values(("airport_code", "TLL"), ("flight_number", "BN421"), ("flight_disruption", "cancellation")) },
                Desk("FRA", "Checked bag did not arrive; delayed baggage report opened", 25, "bag delivered to the hotel two days later")
                    with { Fields = Values(("airport_code", "FRA"), ("flight_number", "BN421"), ("pir_reference", "FRABN40217")) },
                Call("Claimed compensation for the cancelled flight", 18, "EU261 compensation approved")
                    with { Fields = Values(("flight_number", "BN421"), ("flight_disruption", "cancellation"), ("eu261_compensation", Eur(250))) },
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Tallinn–Frankfurt return, February trade fair", Eur(412.00m))
                {
                    Fields = Values(("origin_airport", "TLL"), ("destination_airport", "FRA"), ("outbound_date", Day(2026, 2, 16)),
                        ("inbound_date", Day(2026, 2, 19)), ("cabin", "economy")),
                    Path =
                    [
                        To("on_hold", ("pnr", "F6LZ9Q"), ("outbound_flight", "BN421"), ("booking_class", "B"), ("base_fare", Eur(338.00m)),
                            ("fare_taxes", Eur(74.00m)), ("ticketing_time_limit", Day(2026, 1, 9))),
                        Lost("declined_by_passenger", "Booked a connection with another carrier after last month's cancellation and lost bag"),
                    ],
                },
            ],
            Documents = [AirlineTemplates.FfpStatement.Key],
        };

        // A first-time traveller asking in the app, not a frequent flyer member.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Sofia Rossi",
            Owner = "marko.saar",
            Contacts = [Email("sofia.rossi@gmail.com"), Mobile("+372 5812 0096"), Address("Telliskivi 57-21, 10412 Tallinn, Estonia")],
            Fields = Values(("passenger_contact_channel", "airline_app"), ("home_airport", "TLL"), ("airline_account_type", "leisure")),
        })
        {
            Quotes =
            [
                new DemoQuote(AirlineFunnels.FlightBookingKey, [new DemoQuoteLine("fare_economy_flex"), new DemoQuoteLine("seat_extra_legroom")]),
            ],
            Interactions =
            [
                App("Chat: can a pushchair be checked in free with an infant?", 3, "yes, free of charge to the aircraft door"),
                App("Saved a search for Tallinn–Rome at Easter", 1),
            ],
            Deals =
            [
                new DemoDeal(AirlineFunnels.FlightBookingKey, "Tallinn–Rome with an infant, Easter", Eur(610.00m))
                {
                    Fields = Values(("origin_airport", "TLL"), ("destination_airport", "FCO"), ("outbound_date", Day(2026, 4, 2)),
                        ("inbound_date", Day(2026, 4, 9)), ("cabin", "economy")),
                    ClosesInDays = 14,
                },
            ],
        };
    }
}
