using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Automotive.Demo.DemoKit;

namespace Crm.Plugins.Automotive.Demo;

/// <summary>Business customers of the fleet team: a facilities company with cars and vans, and a rental company.</summary>
internal static class FleetCustomers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A fleet quotation for eight company cars (rendered), a van delivered, vans in the workshop and two warranty claims.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Greenway Facilities Ltd",
            Kind = CustomerKind.Organization,
            Owner = "chris.morgan",
            Lifecycle = LifecycleStage.Customer,
            Contacts = [Email("fleet@greenwayfm.example.co.uk"), Office("+44 20 7946 0391"), Registered("Unit 4, Perivale Park, Horsenden Lane South, Greenford UB6 7RL")],
            Fields = Values(
                ("vehicle_fleet_company_number", "11482736"), ("vehicle_fleet_size", 64), ("vehicle_buyer_type", "fleet"), ("selling_dealer", "LN014"),
                ("servicing_dealer", "LN014"), ("dealer_contact_preference", new[] { "email", "phone" }), ("dealer_marketing_consent", true)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Monthly fleet review with Greenway's fleet manager")
                {
                    DueInDays = 7, Duration = TimeSpan.FromHours(1), Repeat = new Recurrence(RepeatFrequency.Monthly) { Count = 12 },
                },
            ],
            Cases =
            [
                // A fleet van off the road for five days: the fleet uptime SLA's resolution target is long gone.
                new DemoCase(CaseType.Incident, CasePriority.Urgent, "Van LN23 XHB off the road: particulate filter fault, engineer without a van", 120)
                {
                    Channel = AutomotiveChannels.RoadsideAssistance.Key,
                    Response = "Recovered to LN014; a hire van is arranged while Norvik decides claim WC26000903.",
                },
            ],
            Quotes =
            [
                new DemoQuote(AutomotiveFunnels.VehicleSaleKey,
                [
                    new DemoQuoteLine("norvik_osprey_sel_phev", 8) { Discount = Discount.Percent(10) },
                    new DemoQuoteLine("norvik_service_plan_3yr", 8),
                ])
                {
                    Send = true,
                },
            ],
            Interactions =
            [
                EmailIn("Fleet enquiry: eight plug-in hybrid company cars for the sales team", 28),
                Showroom("LN014", "Fleet review with the fleet manager and two drivers", 20, "quotation requested"),
                TestDrive("LN014", "LK25 OSP", "Two sales drivers drove the Osprey plug-in hybrid", 18, "drivers keen; board decision in February"),
                Roadside("Van LN23 XHB in limp mode with the particulate filter light on", "recovered_to_dealer", 5),
                Reception("LN014", "Van LB22 KTN serviced; wiper blades replaced", 3, "collected"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "8 × Norvik Osprey SEL plug-in hybrid — sales team", Gbp(307_960))
                {
                    Fields = Values(("dealer_lead_source", "fleet_enquiry"), ("vehicle_model", "osprey"), ("vehicle_quantity", 8)),
                    Path =
                    [
                        To("quoted", ("vehicle_trim", "sel"), ("vehicle_powertrain", "plug_in_hybrid"), ("vehicle_colour", "Arctic White"),
                            ("vehicle_options", new[] { "driver_assistance_pack" }), ("configurator_code", "NK5F8H2Q"),
                            ("vehicle_list_price", Gbp(41_995)), ("vehicle_options_price", Gbp(700)), ("dealer_discount", Gbp(4_200))),
                    ],
                    ClosesInDays = 45,
                },
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "Norvik Falcon van Trend — replacement van", Gbp(27_995))
                {
                    Fields = Values(("dealer_lead_source", "fleet_enquiry"), ("vehicle_model", "falcon_van"), ("vehicle_quantity", 1)),
                    Path =
                    [
                        To("quoted", ("vehicle_trim", "trend"), ("vehicle_powertrain", "diesel"), ("vehicle_colour", "Frozen White"),
                            ("vehicle_options", new[] { "ply_lining", "tow_bar" }), ("configurator_code", "NK6V1F8D"),
                            ("vehicle_list_price", Gbp(29_850)), ("vehicle_options_price", Gbp(1_245)), ("dealer_discount", Gbp(3_100))),
                        To("ordered", ("motor_finance_type", "cash"), ("factory_order_number", "NK25007702"), ("production_slot", "2025-W36")),
                        To(AutomotiveFunnels.ReadyForDelivery, ("vin", "SNKF9V2D4SM090417"), ("vehicle_delivery_date", new DateOnly(2025, 10, 6))),
                        To("delivered", ("vehicle_reg", "LC75 GWF")),
                    ],
                },
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "Full service — Falcon van LB22 KTN", Gbp(412))
                {
                    Fields = Values(("workshop_job_type", "full_service"), ("workshop_booking_date", new DateOnly(2026, 1, 12)), ("vehicle_reg", "LB22 KTN")),
                    Path =
                    [
                        To("checked_in", ("workshop_job_card", "JC104187"), ("odometer_miles", 38_960), ("vin", "SNKF9V2D1NM051276")),
                        To("in_workshop", ("workshop_estimate", Gbp(412))),
                        To(AutomotiveFunnels.Collected, ("workshop_invoice_total", Gbp(436.80m))),
                    ],
                },
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "MOT — Falcon van LB22 KTP", Gbp(54.85m))
                {
                    Fields = Values(("workshop_job_type", "mot"), ("workshop_booking_date", new DateOnly(2026, 1, 13)), ("vehicle_reg", "LB22 KTP")),
                    Path = [Lost("no_show", "Van not brought in: the driver was off sick; the fleet manager will rebook")],
                },
                new DemoDeal(AutomotiveFunnels.WarrantyClaimKey, "Particulate filter blocked — Falcon van LN23 XHB", Gbp(540))
                {
                    Fields = Values(("vin", "SNKF9V2D8PM066120"), ("odometer_miles", 51_230), ("warranty_cover_type", "new_vehicle"),
                        ("warranty_claim_number", "WC26000903"), ("dtc_code", "P2463"), ("warranty_claim_amount", Gbp(540)), ("vehicle_reg", "LN23 XHB"),
                        ("warranty_fault", "Concern: particulate filter warning light and reduced power. Cause: the differential pressure sensor reads wrongly, so regeneration does not start; fault code P2463 stored. Correction: replace the sensor and run a forced regeneration.")),
                    ClosesInDays = 5,
                },
                new DemoDeal(AutomotiveFunnels.WarrantyClaimKey, "Turbocharger failure — Falcon van LN23 XHC", Gbp(2_310))
                {
                    Fields = Values(("vin", "SNKF9V2D3PM066121"), ("odometer_miles", 47_805), ("warranty_cover_type", "new_vehicle"),
                        ("warranty_claim_number", "WC26000734"), ("dtc_code", "P0299"), ("warranty_claim_amount", Gbp(2_310)), ("vehicle_reg", "LN23 XHC"),
                        ("warranty_fault", "Concern: loss of power and whistling under load. Cause: turbocharger shaft play beyond limit; fault code P0299 stored. Correction: replace the turbocharger.")),
                    Path =
                    [
                        Lost("withdrawn", "Non-Norvik engine software found during inspection; not claimable",
                            ("warranty_decision_note", "The engine control unit has been reprogrammed with non-Norvik software, which the warranty does not cover.")),
                    ],
                },
            ],
            Documents = [AutomotiveTemplates.ConfiguratorQuote.Key],
        };

        // A rental company that kept its current fleet instead.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Coastline Car Hire Ltd",
            Kind = CustomerKind.Organization,
            Owner = "gareth.evans",
            Contacts = [Email("fleet@coastlinecarhire.example.co.uk"), Office("+44 117 496 0518"), Registered("Airport Road, Bristol BS13 7HN")],
            Fields = Values(
                ("vehicle_fleet_company_number", "08234519"), ("vehicle_fleet_size", 140), ("vehicle_buyer_type", "rental"), ("selling_dealer", "BS007"),
                ("dealer_contact_preference", new[] { "email" })),
        })
        {
            Interactions =
            [
                EmailIn("Asked for rental fleet terms on 40 Kestrels with a buy-back", 40),
                CallOut("The fleet team offered 21% off list with a 9-month buy-back", 30),
                EmailIn("Decided to keep the current fleet for another six months", 12, "not proceeding"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.VehicleSaleKey, "40 × Norvik Kestrel SE — summer rental fleet", Gbp(789_800))
                {
                    Fields = Values(("dealer_lead_source", "fleet_enquiry"), ("vehicle_model", "kestrel"), ("vehicle_quantity", 40)),
                    Path =
                    [
                        To("quoted", ("vehicle_trim", "se"), ("vehicle_powertrain", "petrol"), ("configurator_code", "NK1R5K7S"),
                            ("vehicle_list_price", Gbp(24_995)), ("dealer_discount", Gbp(5_250))),
                        Lost("did_not_proceed", "Extended the current fleet's buy-back terms by six months instead; revisit for the 2026 summer season"),
                    ],
                },
            ],
        };
    }
}
