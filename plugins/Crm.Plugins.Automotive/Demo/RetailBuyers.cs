using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Automotive.Demo.DemoKit;

namespace Crm.Plugins.Automotive.Demo;

/// <summary>Private buyers in the showrooms, from a configurator lead to a car handed over.</summary>
internal static class RetailBuyers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // PCP proposal with her Focus in part-exchange: the quotation and the finance quotation are rendered for her.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Sarah Whitfield",
            Owner = "chris.morgan",
            Contacts = [Email("sarah.whitfield@example.co.uk"), Mobile("+44 7700 900412"), Address("14 Elmwood Road, London W4 3DY")],
            Fields = Values(
                ("driving_licence_number", "WHITF852146S99AB"), ("driver_date_of_birth", new DateOnly(1986, 2, 14)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "LN014"), ("servicing_dealer", "LN014"), ("current_vehicle_reg", "LD19 KXR"),
                ("current_vehicle_model", "Ford Focus 1.0 EcoBoost Titanium (2019)"), ("dealer_contact_preference", new[] { "email", "sms" }),
                ("dealer_marketing_consent", true)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Call Sarah with Norvik Financial Services' decision on the PCP proposal") { DueInDays = 1, Duration = TimeSpan.FromMinutes(15) },
            ],
            Interactions =
            [
                Configurator("Saved an Osprey SEL full hybrid configuration and asked for a test drive", 24, "test drive booked"),
                TestDrive("LN014", "LK25 NVK", "Test drive in the Osprey SEL full hybrid", 17, "wants a PCP quote with her Focus in part-exchange"),
                Showroom("LN014", "Part-exchange appraisal of the Focus; configuration finalised", 10, "quotation sent"),
                CallOut("Went through the PCP figures", 2, "finance proposal sent to Norvik Financial Services"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Osprey SEL full hybrid — PCP", Gbp(36_845))
                {
                    Fields = Values(("dealer_lead_source", "online_configurator"), ("vehicle_model", "osprey"), ("vehicle_quantity", 1)),
                    Path =
                    [
                        To("test_drive", ("test_drive_date", new DateOnly(2025, 12, 29)), ("test_drive_time", "11:00")),
                        To("quoted", ("vehicle_trim", "sel"), ("vehicle_powertrain", "full_hybrid"), ("vehicle_colour", "Glacier White metallic"),
                            ("vehicle_options", new[] { "metallic_paint", "panoramic_roof" }), ("configurator_code", "NK7Q2M4X"),
                            ("vehicle_list_price", Gbp(36_995)), ("vehicle_options_price", Gbp(1_350)), ("dealer_discount", Gbp(1_500)),
                            ("trade_in_reg", "LD19 KXR"), ("trade_in_model", "Ford Focus 1.0 EcoBoost Titanium (2019)"), ("trade_in_mileage", 41_250),
                            ("trade_in_valuation", Gbp(9_800)), ("trade_in_settlement", Gbp(2_350))),
                        To("finance_proposal", ("motor_finance_type", "pcp"), ("motor_finance_deposit", Gbp(3_000)), ("deposit_contribution", Gbp(1_000)),
                            ("motor_finance_term_months", 36), ("motor_finance_apr", 6.9m), ("optional_final_payment", Gbp(16_250)),
                            ("annual_mileage_allowance", 10_000), ("excess_mileage_ppm", 9), ("motor_finance_proposal_ref", "FP2601042")),
                    ],
                    ClosesInDays = 21,
                },
            ],
            Documents = [AutomotiveTemplates.ConfiguratorQuote.Key, AutomotiveTemplates.FinanceQuotation.Key],
        };

        // A test drive booked online for next Tuesday: the confirmation is rendered for him.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "James Okafor",
            Owner = "aisha.rahman",
            Contacts = [Email("james.okafor@example.co.uk"), Mobile("+44 7700 900587"), Address("7 Beech Grove, Chorlton, Manchester M21 9EH")],
            Fields = Values(
                ("driving_licence_number", "OKAFO907031J99XK"), ("driver_date_of_birth", new DateOnly(1991, 7, 3)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "MA022"), ("current_vehicle_model", "Volkswagen Golf 1.5 TSI Life (2020)"),
                ("dealer_contact_preference", new[] { "phone", "email" }), ("dealer_marketing_consent", false)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Merlin-e test drive at MA022: licence check code, home charging questions") { DueInDays = 5, Duration = TimeSpan.FromHours(1) },
            ],
            Interactions =
            [
                Configurator("Booked a Merlin-e test drive online", 3, "test drive booked"),
                CallOut("Confirmed the test drive; asked about charging at home", 1, "bringing his licence and a check code"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Merlin-e — test drive", Gbp(39_995))
                {
                    Fields = Values(("dealer_lead_source", "test_drive_booking"), ("vehicle_model", "merlin_e"), ("vehicle_powertrain", "electric")),
                    Path = [To("test_drive", ("test_drive_date", new DateOnly(2026, 1, 20)), ("test_drive_time", "10:30"))],
                    ClosesInDays = 40,
                },
            ],
            Documents = [AutomotiveTemplates.TestDriveConfirmation.Key],
        };

        // A cash order placed with the factory (the confirmation is rendered); her old Kestrel is in for brakes before she sells it.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Priya Nair",
            Owner = "gareth.evans",
            Lifecycle = LifecycleStage.Customer,
            Contacts = [Email("priya.nair@example.co.uk"), Mobile("+44 7700 900233"), Address("22 Cotham Vale, Bristol BS6 6HR")],
            Fields = Values(
                ("driving_licence_number", "NAIR9761229P99MN"), ("driver_date_of_birth", new DateOnly(1979, 11, 22)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "BS007"), ("servicing_dealer", "BS007"), ("current_vehicle_reg", "WU19 HBT"),
                ("current_vehicle_model", "Norvik Kestrel 1.0 S (2019)"), ("mot_due_date", new DateOnly(2026, 5, 2)), ("vehicle_service_plan", "none"),
                ("dealer_contact_preference", new[] { "email" }), ("dealer_marketing_consent", true)),
        })
        {
            Quotes =
            [
                // The signed cash order, written from the catalogue with the dealer discount; accepted, so the order is confirmed.
                new DemoQuote(AutomotiveFunnels.VehicleSaleKey,
                [
                    new DemoQuoteLine("norvik_kestrel_se_mhev") { Discount = Discount.Amount(833.33m) },
                    new DemoQuoteLine("norvik_service_plan_3yr"),
                ])
                {
                    Accept = true,
                    OrderPath = [OrderStatus.Confirmed],
                },
            ],
            Interactions =
            [
                Showroom("BS007", "Looked at the new Kestrel to replace her 2019 car", 35),
                Showroom("BS007", "Configured a Kestrel SE mild hybrid; will pay cash", 21, "order signed"),
                Reception("BS007", "Old Kestrel checked in for brake pads and discs", 0, "ready tomorrow"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Kestrel SE mild hybrid — cash", Gbp(27_295))
                {
                    Fields = Values(("dealer_lead_source", "dealer_showroom"), ("vehicle_model", "kestrel"), ("vehicle_quantity", 1)),
                    Path =
                    [
                        To("quoted", ("vehicle_trim", "se"), ("vehicle_powertrain", "mild_hybrid"), ("vehicle_colour", "Magnetic Grey metallic"),
                            ("vehicle_options", new[] { "metallic_paint", "winter_pack", "driver_assistance_pack" }), ("configurator_code", "NK3B8R5T"),
                            ("vehicle_list_price", Gbp(26_495)), ("vehicle_options_price", Gbp(1_800)), ("dealer_discount", Gbp(1_000))),
                        To("ordered", ("motor_finance_type", "cash"), ("factory_order_number", "NK26000318"), ("production_slot", "2026-W09")),
                    ],
                    ClosesInDays = 60,
                },
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "Brake pads and discs — Kestrel WU19 HBT", Gbp(385))
                {
                    Fields = Values(("workshop_job_type", "repair"), ("workshop_booking_date", new DateOnly(2026, 1, 15)), ("vehicle_reg", "WU19 HBT"), ("courtesy_car", false)),
                    Path = [To("checked_in", ("workshop_job_card", "JC104233"), ("odometer_miles", 52_310), ("vin", "SNKK1B4E2KM061842"))],
                    ClosesInDays = 1,
                },
            ],
            Documents = [AutomotiveTemplates.VehicleOrderConfirmation.Key],
        };

        // Built and on its way: HP with his XC90 in part-exchange; the finance quotation and the order confirmation (with the VIN) are rendered.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Tom Hargreaves",
            Owner = "joanne.walsh",
            Contacts = [Email("tom.hargreaves@example.co.uk"), Mobile("+44 7700 900871"), Address("3 Moor Lane, Adel, Leeds LS16 8AQ")],
            Fields = Values(
                ("driving_licence_number", "HARGR705092T99RD"), ("driver_date_of_birth", new DateOnly(1972, 5, 9)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "LS031"), ("servicing_dealer", "LS031"), ("current_vehicle_reg", "YF17 ZRA"), ("current_vehicle_model", "Volvo XC90 D5 (2017)"),
                ("dealer_contact_preference", new[] { "phone" }), ("dealer_marketing_consent", true)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Prepare the handover: tow bar fitted, caravan electrics checked, plates ordered") { DueInDays = 10 },
            ],
            Interactions =
            [
                Showroom("LS031", "Looked at the Harrier to replace his XC90; tows a caravan", 70),
                TestDrive("LS031", "LS25 HRW", "Test drive in the Harrier plug-in hybrid with the family", 61, "wants the tow bar"),
                CallOut("Finance approved by Norvik Financial Services", 45, "order signed"),
                EmailIn("Asked when the car will arrive", 9, "told him the car is built and on the transporter"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Harrier GT-Line plug-in hybrid — HP", Gbp(48_250))
                {
                    Fields = Values(("dealer_lead_source", "dealer_showroom"), ("vehicle_model", "harrier"), ("vehicle_quantity", 1)),
                    Path =
                    [
                        To("test_drive", ("test_drive_date", new DateOnly(2025, 11, 15)), ("test_drive_time", "14:00")),
                        To("quoted", ("vehicle_trim", "gt_line"), ("vehicle_powertrain", "plug_in_hybrid"), ("vehicle_colour", "Forest Green metallic"),
                            ("vehicle_options", new[] { "metallic_paint", "tow_bar" }), ("configurator_code", "NK8H4X1V"),
                            ("vehicle_list_price", Gbp(48_650)), ("vehicle_options_price", Gbp(1_600)), ("dealer_discount", Gbp(2_000)),
                            ("trade_in_reg", "YF17 ZRA"), ("trade_in_model", "Volvo XC90 D5 Inscription (2017)"), ("trade_in_mileage", 88_140),
                            ("trade_in_valuation", Gbp(14_500))),
                        To("finance_proposal", ("motor_finance_type", "hp"), ("motor_finance_deposit", Gbp(5_000)), ("motor_finance_term_months", 48),
                            ("motor_finance_apr", 7.9m), ("motor_finance_proposal_ref", "FP2511873")),
                        To("ordered", ("factory_order_number", "NK25011874"), ("production_slot", "2025-W51")),
                        To(AutomotiveFunnels.ReadyForDelivery, ("vin", "SNKH7G3P9TM104233"), ("vehicle_delivery_date", new DateOnly(2026, 1, 30))),
                    ],
                    ClosesInDays = 15,
                },
            ],
            Documents = [AutomotiveTemplates.FinanceQuotation.Key, AutomotiveTemplates.VehicleOrderConfirmation.Key],
        };

        // Handed over in November on PCP; a tyre booking cancelled after roadside assistance repaired the puncture.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Emma Clarke",
            Owner = "chris.morgan",
            Contacts = [Email("emma.clarke@example.co.uk"), Mobile("+44 7700 900146"), Address("61 Gladstone Road, London SW19 1QT")],
            Fields = Values(
                ("driving_licence_number", "CLARK859308E99TW"), ("driver_date_of_birth", new DateOnly(1988, 9, 30)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "LN014"), ("servicing_dealer", "LN014"), ("current_vehicle_reg", "LK75 FMX"),
                ("current_vehicle_model", "Norvik Kestrel Estate SEL full hybrid (2025)"), ("vehicle_warranty_expiry", new DateOnly(2028, 11, 21)),
                ("vehicle_service_plan", "prepaid_3_year"), ("dealer_contact_preference", new[] { "email", "app" }), ("dealer_marketing_consent", true)),
        })
        {
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Low, "Replacement locking wheel nut key after the roadside repair", 75)
                {
                    Channel = "email",
                    Response = "We have ordered a key from your key code; it will be at LN014 for collection on Friday.",
                    ResolvedWithCsat = 5,
                },
            ],
            Interactions =
            [
                TestDrive("LN014", "LK25 KSE", "Test drive in the Kestrel Estate", 103, "ordered on PCP"),
                Showroom("LN014", "Handover of her Kestrel Estate", 55, "delighted; app set up"),
                Roadside("Puncture on the M4 near Chiswick", "fixed_at_roadside", 6),
                CallOut("Cancelled the tyre booking: the patrol repaired the puncture", 5),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Kestrel Estate SEL full hybrid — PCP", Gbp(30_895))
                {
                    Fields = Values(("dealer_lead_source", "online_configurator"), ("vehicle_model", "kestrel_estate"), ("vehicle_quantity", 1)),
                    Path =
                    [
                        To("test_drive", ("test_drive_date", new DateOnly(2025, 10, 4))),
                        To("quoted", ("vehicle_trim", "sel"), ("vehicle_powertrain", "full_hybrid"), ("vehicle_colour", "Crimson Red metallic"),
                            ("vehicle_options", new[] { "metallic_paint" }), ("configurator_code", "NK4E7J3N"),
                            ("vehicle_list_price", Gbp(31_495)), ("vehicle_options_price", Gbp(650)), ("dealer_discount", Gbp(1_250))),
                        To("finance_proposal", ("motor_finance_type", "pcp"), ("motor_finance_deposit", Gbp(2_500)), ("deposit_contribution", Gbp(750)),
                            ("motor_finance_term_months", 48), ("motor_finance_apr", 5.9m), ("optional_final_payment", Gbp(11_900)),
                            ("annual_mileage_allowance", 8_000), ("excess_mileage_ppm", 8), ("motor_finance_proposal_ref", "FP2510377")),
                        To("ordered", ("factory_order_number", "NK25008841"), ("production_slot", "2025-W42")),
                        To(AutomotiveFunnels.ReadyForDelivery, ("vin", "SNKE3C8H5SM098112"), ("vehicle_delivery_date", new DateOnly(2025, 11, 21))),
                        To("delivered", ("vehicle_reg", "LK75 FMX")),
                    ],
                },
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "Tyre replacement — Kestrel Estate LK75 FMX", Gbp(164))
                {
                    Fields = Values(("workshop_job_type", "tyres"), ("workshop_booking_date", new DateOnly(2026, 1, 19)), ("vehicle_reg", "LK75 FMX")),
                    Path = [Lost("booking_cancelled", "The roadside patrol repaired the puncture; no new tyre needed")],
                },
            ],
        };

        // Chose a competitor after the quotation.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Mark Stevens",
            Owner = "aisha.rahman",
            Contacts = [Email("mark.stevens@example.co.uk"), Mobile("+44 7700 900318"), Address("28 Park Road, Sale M33 6HT")],
            Fields = Values(
                ("driving_licence_number", "STEVE604175MJ9LP"), ("driver_date_of_birth", new DateOnly(1965, 4, 17)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "MA022"), ("current_vehicle_model", "Nissan Qashqai 1.3 DIG-T N-Connecta (2018)"), ("dealer_marketing_consent", false)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Lost-sale call: why he chose the Kia")
                {
                    DueInDays = -18, Done = true, Outcome = "Part-exchange value and the 7-year warranty; open to a Norvik at his next change in three years",
                },
            ],
            Interactions =
            [
                TestDrive("MA022", "MA25 OSP", "Test drive in the Osprey SE", 40, "asked for our best price"),
                CallOut("Followed up the quotation", 26, "comparing with a Kia Sportage"),
                CallOut("Bought the Kia", 19, "lost"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Osprey SE petrol", Gbp(32_245))
                {
                    Fields = Values(("dealer_lead_source", "dealer_showroom"), ("vehicle_model", "osprey")),
                    Path =
                    [
                        To("test_drive", ("test_drive_date", new DateOnly(2025, 12, 6))),
                        To("quoted", ("vehicle_trim", "se"), ("vehicle_powertrain", "petrol"), ("configurator_code", "NK9D2L6W"),
                            ("vehicle_list_price", Gbp(32_995)), ("dealer_discount", Gbp(750))),
                        Lost("lost_to_competitor", "Bought a Kia Sportage: £1,200 more for his part-exchange and a 7-year warranty"),
                    ],
                },
            ],
        };

        // Ordered, then cancelled before the build.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Oliver Bennett",
            Owner = "gareth.evans",
            Contacts = [Email("oliver.bennett@example.co.uk"), Mobile("+44 7700 900764"), Address("9 Royal York Crescent, Bristol BS8 4JZ")],
            Fields = Values(
                ("driving_licence_number", "BENNE901250O99KD"), ("driver_date_of_birth", new DateOnly(1990, 1, 25)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "BS007"), ("dealer_contact_preference", new[] { "email" }), ("dealer_marketing_consent", true)),
        })
        {
            Interactions =
            [
                Configurator("Configured a Merlin-e Launch Edition", 62),
                Showroom("BS007", "Signed the order on PCP", 48, "order signed"),
                EmailIn("Moving to Dubai for work; asked to cancel the order", 11, "cancelled; deposit refunded"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Merlin-e Launch Edition — PCP", Gbp(44_395))
                {
                    Fields = Values(("dealer_lead_source", "online_configurator"), ("vehicle_model", "merlin_e")),
                    Path =
                    [
                        To("quoted", ("vehicle_trim", "launch_edition"), ("vehicle_powertrain", "electric"), ("vehicle_options", new[] { "heat_pump" }),
                            ("configurator_code", "NK2W6T9C"), ("vehicle_list_price", Gbp(44_995)), ("vehicle_options_price", Gbp(900)), ("dealer_discount", Gbp(1_500))),
                        To("finance_proposal", ("motor_finance_type", "pcp"), ("motor_finance_deposit", Gbp(4_000)), ("deposit_contribution", Gbp(2_000)),
                            ("motor_finance_term_months", 48), ("motor_finance_apr", 4.9m), ("optional_final_payment", Gbp(17_800)),
                            ("annual_mileage_allowance", 12_000), ("excess_mileage_ppm", 10), ("motor_finance_proposal_ref", "FP2511350")),
                        To("ordered", ("factory_order_number", "NK25010553"), ("production_slot", "2026-W04")),
                        Lost("order_cancelled", "Relocating to Dubai for work; cancelled before the build and the deposit refunded"),
                    ],
                },
            ],
        };

        // A new lead from the configurator this morning.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Hannah Lewis",
            Owner = "joanne.walsh",
            Lifecycle = LifecycleStage.Lead,
            Contacts = [Email("hannah.lewis@example.co.uk"), Mobile("+44 7700 900925")],
            Fields = Values(("vehicle_buyer_type", "private"), ("selling_dealer", "LS031"), ("dealer_contact_preference", new[] { "email", "phone" })),
        })
        {
            Activities =
            [
                // Due three hours before seeding: overdue.
                new DemoActivity(ActivityKind.Call, "Second call-back on the Kestrel GT-Line configuration") { DueInHours = -3, Duration = TimeSpan.FromMinutes(10) },
            ],
            Interactions =
            [
                Configurator("Saved a Kestrel GT-Line configuration and asked to be contacted", 0, "lead created"),
                CallOut("Called back; left a voicemail", 0),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Kestrel — configurator lead", Gbp(29_495))
                {
                    Fields = Values(("dealer_lead_source", "online_configurator"), ("vehicle_model", "kestrel"), ("vehicle_trim", "gt_line")),
                    ClosesInDays = 60,
                },
            ],
        };
    }
}
