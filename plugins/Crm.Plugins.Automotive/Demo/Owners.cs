using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Automotive.Demo.DemoKit;

namespace Crm.Plugins.Automotive.Demo;

/// <summary>Owners of Norvik cars in the dealers' workshops: a service booking, a warranty repair and a rejected claim.</summary>
internal static class Owners
{
    public static IEnumerable<DemoCustomer> All()
    {
        // Service and MOT booked with a courtesy car (the confirmation is rendered); a screen fault under technical review.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Margaret Doyle",
            Owner = "neil.foster",
            Lifecycle = LifecycleStage.Customer,
            Contacts = [Email("margaret.doyle@example.co.uk"), Mobile("+44 7700 900650"), Address("5 Church Lane, Portishead, Bristol BS20 6PR")],
            Fields = Values(
                ("driving_licence_number", "DOYLE553028M99CH"), ("driver_date_of_birth", new DateOnly(1958, 3, 2)), ("vehicle_buyer_type", "private"),
                ("selling_dealer", "BS007"), ("servicing_dealer", "BS007"), ("current_vehicle_reg", "WR23 KDF"),
                ("current_vehicle_model", "Norvik Osprey SE full hybrid (2023)"), ("mot_due_date", new DateOnly(2026, 3, 17)),
                ("vehicle_warranty_expiry", new DateOnly(2026, 3, 17)), ("vehicle_service_plan", "prepaid_3_year"),
                ("dealer_contact_preference", new[] { "phone", "post" }), ("dealer_marketing_consent", false)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Confirm the courtesy car and the drop-off time for the 22 January service") { DueInDays = 4 },
            ],
            Cases =
            [
                new DemoCase(CaseType.WarrantyClaim, CasePriority.Normal, "Centre screen restarts while driving", 20)
                {
                    Response = "Claim WC26000871 is with Norvik's technical team; we will call you with the decision.",
                },
            ],
            Quotes =
            [
                // The service is covered by her prepaid plan; only the MOT is paid.
                new DemoQuote(AutomotiveFunnels.WorkshopServiceKey,
                [
                    new DemoQuoteLine("workshop_annual_service") { Discount = Discount.Percent(100) },
                    new DemoQuoteLine("mot_test_class_4"),
                ]),
            ],
            Interactions =
            [
                CarAlert("Service due in 30 days or 1,000 miles", 12),
                CallOut("Booked her service and first MOT; she mentioned the screen restarting", 8, "booked with a courtesy car"),
                Reception("BS007", "Screen fault shown to the technician while she waited", 6, "warranty claim raised"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "Full service and MOT — Osprey WR23 KDF", Gbp(54.85m))
                {
                    Fields = Values(("workshop_job_type", "service_and_mot"), ("workshop_booking_date", new DateOnly(2026, 1, 22)),
                        ("vehicle_reg", "WR23 KDF"), ("courtesy_car", true)),
                    ClosesInDays = 7,
                },
                new DemoDeal(AutomotiveFunnels.WarrantyClaimKey, "Centre screen restarts — Osprey WR23 KDF", Gbp(620))
                {
                    Fields = Values(("vin", "SNKA4H2F7PM072215"), ("odometer_miles", 24_880), ("warranty_cover_type", "new_vehicle"),
                        ("warranty_claim_number", "WC26000871"), ("dtc_code", "U0184"), ("warranty_claim_amount", Gbp(620)),
                        ("warranty_fault", "Concern: the centre screen restarts while driving, two or three times a week. Cause: a known software fault in the head unit. Correction: update the head unit software, and replace the unit if the fault returns."),
                        ("vehicle_reg", "WR23 KDF")),
                    Path = [To("technical_review")],
                    ClosesInDays = 5,
                },
            ],
            Documents = [AutomotiveTemplates.ServiceBookingConfirmation.Key],
        };

        // Recovered with a charging fault: the warranty repair approved (the decision letter is rendered) and under way.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Daniel Price",
            Owner = "aisha.rahman",
            Lifecycle = LifecycleStage.Customer,
            Contacts = [Email("daniel.price@example.co.uk"), Mobile("+44 7700 900199"), Address("41 Wilmslow Road, Didsbury, Manchester M20 5PG")],
            Fields = Values(
                ("driving_licence_number", "PRICE812054D99VB"), ("driver_date_of_birth", new DateOnly(1984, 12, 5)), ("vehicle_buyer_type", "business_user"),
                ("selling_dealer", "MA022"), ("servicing_dealer", "MA022"), ("current_vehicle_reg", "MA24 WPE"),
                ("current_vehicle_model", "Norvik Merlin-e Launch Edition (2024)"), ("vehicle_warranty_expiry", new DateOnly(2027, 5, 10)),
                ("vehicle_service_plan", "pay_monthly"), ("dealer_contact_preference", new[] { "app", "sms" }), ("dealer_marketing_consent", true)),
        })
        {
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Update Daniel: the charger arrives on Monday; courtesy car extended to Friday") { DueInDays = 1 },
            ],
            Cases =
            [
                // Nobody answered the complaint: the 4-hour first response has passed.
                new DemoCase(CaseType.Complaint, CasePriority.High, "Nine days without his car; asks who pays for the third courtesy car extension", 50)
                {
                    Channel = "email",
                },
            ],
            Interactions =
            [
                CarAlert("Charging system fault reported by the on-board charger", 9),
                Roadside("Car will not charge and is down to 4% battery", "recovered_to_dealer", 8),
                Reception("MA022", "Car recovered to the workshop; diagnosis started", 7, "courtesy car issued"),
                CallOut("Warranty repair approved; the charger arrives on Monday", 2, "courtesy car extended"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.WarrantyClaimKey, "On-board charger failure — Merlin-e MA24 WPE", Gbp(1_840))
                {
                    Fields = Values(("vin", "SNKM2E6A1RM083390"), ("odometer_miles", 18_402), ("warranty_cover_type", "new_vehicle"),
                        ("warranty_claim_number", "WC26000612"), ("dtc_code", "P0D27"), ("warranty_claim_amount", Gbp(1_840)), ("vehicle_reg", "MA24 WPE"),
                        ("warranty_fault", "Concern: the car will not charge on any AC charger. Cause: the on-board charger module has failed internally; fault code P0D27 stored. Correction: replace the on-board charger module and update the charging software.")),
                    Path =
                    [
                        To("technical_review"),
                        To("approved", ("warranty_authorisation_code", "WA-118402"),
                            ("warranty_decision_note", "Approved under the new-vehicle warranty: internal failure of the on-board charger module.")),
                    ],
                },
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "Warranty repair: on-board charger — Merlin-e MA24 WPE", Gbp(0))
                {
                    Fields = Values(("workshop_job_type", "repair"), ("workshop_booking_date", new DateOnly(2026, 1, 7)), ("vehicle_reg", "MA24 WPE"), ("courtesy_car", true)),
                    Path =
                    [
                        To("checked_in", ("workshop_job_card", "JC104198"), ("odometer_miles", 18_402), ("vin", "SNKM2E6A1RM083390")),
                        To("in_workshop", ("workshop_estimate", Gbp(0))),
                    ],
                    ClosesInDays = 5,
                },
            ],
            Documents = [AutomotiveTemplates.WarrantyClaimDecision.Key],
        };

        // A goodwill request for a worn clutch rejected (the decision letter is rendered), and the repair declined.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Lucy Turner",
            Owner = "joanne.walsh",
            Lifecycle = LifecycleStage.Customer,
            Contacts = [Email("lucy.turner@example.co.uk"), Mobile("+44 7700 900478"), Address("16 Victoria Terrace, Headingley, Leeds LS6 1DU")],
            Fields = Values(
                ("driving_licence_number", "TURNE956185L99QS"), ("driver_date_of_birth", new DateOnly(1995, 6, 18)), ("vehicle_buyer_type", "private"),
                ("servicing_dealer", "LS031"), ("current_vehicle_reg", "YK20 LMV"), ("current_vehicle_model", "Norvik Kestrel 1.0 SE (2020)"),
                ("mot_due_date", new DateOnly(2026, 6, 30)), ("vehicle_warranty_expiry", new DateOnly(2023, 6, 30)), ("vehicle_service_plan", "none"),
                ("dealer_contact_preference", new[] { "sms" }), ("dealer_marketing_consent", false)),
        })
        {
            Interactions =
            [
                Reception("LS031", "Car booked in: the clutch slips going uphill", 6, "goodwill request sent to Norvik"),
                CallOut("Told her goodwill was refused and quoted the clutch", 1, "declined the work"),
            ],
            Deals =
            [
                new DemoDeal(AutomotiveFunnels.WarrantyClaimKey, "Clutch slipping — Kestrel YK20 LMV", Gbp(1_285))
                {
                    Fields = Values(("vin", "SNKK1B4E6LM047731"), ("odometer_miles", 68_412), ("warranty_cover_type", "goodwill"),
                        ("warranty_claim_number", "WC26000455"), ("warranty_claim_amount", Gbp(1_285)), ("vehicle_reg", "YK20 LMV"),
                        ("warranty_fault", "Concern: the clutch slips when accelerating uphill. Cause: the clutch friction plate is worn to its limit; the pressure plate and the release bearing are in order. Correction: replace the clutch kit.")),
                    Path =
                    [
                        To("technical_review"),
                        Lost("rejected", "Wear item on a car outside the warranty: no goodwill contribution",
                            ("warranty_decision_note", "A clutch wears with use, and the wear we found is normal for a car that has covered 68,412 miles. The new-vehicle warranty ended on 30 June 2023, and a goodwill contribution is not given for normal wear.")),
                    ],
                },
                new DemoDeal(AutomotiveFunnels.WorkshopServiceKey, "Clutch replacement — Kestrel YK20 LMV", Gbp(1_285))
                {
                    Fields = Values(("workshop_job_type", "repair"), ("workshop_booking_date", new DateOnly(2026, 1, 9)), ("vehicle_reg", "YK20 LMV")),
                    Path =
                    [
                        To("checked_in", ("workshop_job_card", "JC104211"), ("odometer_miles", 68_412), ("vin", "SNKK1B4E6LM047731")),
                        Lost("work_declined", "Declined the £1,285.00 clutch estimate; will use an independent garage", ("workshop_estimate", Gbp(1_285))),
                    ],
                },
            ],
            Documents = [AutomotiveTemplates.WarrantyClaimDecision.Key],
        };
    }
}
