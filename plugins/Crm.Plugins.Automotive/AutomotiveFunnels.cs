using Crm.Framework.Pipelines;

namespace Crm.Plugins.Automotive;

/// <summary>
/// The dealer network's funnels. Each stage lists where a deal may go next and the deal fields it must
/// have on entry, so a car cannot be ordered without a configuration, handed over without a VIN, or a
/// warranty claim approved without the manufacturer's authorisation.
/// </summary>
public static class AutomotiveFunnels
{
    /// <summary>Funnel key of <see cref="VehicleSale"/>.</summary>
    public const string VehicleSaleKey = "vehicle_sale";

    /// <summary>Funnel key of <see cref="WorkshopService"/>.</summary>
    public const string WorkshopServiceKey = "workshop_service";

    /// <summary>Funnel key of <see cref="WarrantyClaim"/>.</summary>
    public const string WarrantyClaimKey = "warranty_claim";

    /// <summary>The vehicle sale stage at which the built car waits at the dealer for its handover.</summary>
    public const string ReadyForDelivery = "ready_for_delivery";

    /// <summary>The workshop stage at which the customer has collected the car.</summary>
    public const string Collected = "collected";

    private static readonly string[] SaleLost = ["lost_to_competitor", "did_not_proceed"];

    /// <summary>New and nearly-new cars and vans: from the lead to the handover.</summary>
    public static FunnelDefinition VehicleSale { get; } = new(VehicleSaleKey, "Vehicle sale",
    [
        new("lead", "New lead", 0.05m) { Next = ["test_drive", "quoted", .. SaleLost], RequiredFields = ["dealer_lead_source", "vehicle_model"] },
        new("test_drive", "Test drive booked", 0.20m) { Next = ["quoted", .. SaleLost], RequiredFields = ["test_drive_date"] },
        new("quoted", "Configurator quote", 0.35m)
        {
            Next = ["finance_proposal", "ordered", .. SaleLost],
            RequiredFields = ["vehicle_model", "vehicle_trim", "vehicle_powertrain", "configurator_code", "vehicle_list_price"],
        },
        new("finance_proposal", "Finance proposal", 0.55m)
        {
            Next = ["ordered", "quoted", .. SaleLost],
            RequiredFields = ["motor_finance_type", "motor_finance_deposit", "motor_finance_term_months", "motor_finance_apr"],
        },
        new("ordered", "Order placed", 0.85m) { Next = [ReadyForDelivery, "order_cancelled"], RequiredFields = ["factory_order_number", "production_slot"] },
        new(ReadyForDelivery, "Ready for delivery", 0.95m) { Next = ["delivered", "order_cancelled"], RequiredFields = ["vin", "vehicle_delivery_date"] },
        new("delivered", "Delivered", 1m, StageKind.Won) { RequiredFields = ["vehicle_reg"] },
        new("lost_to_competitor", "Lost to another brand", 0m, StageKind.Lost),
        new("did_not_proceed", "Did not proceed", 0m, StageKind.Lost),
        new("order_cancelled", "Order cancelled", 0m, StageKind.Lost),
    ])
    {
        Description = "Retail, business and fleet sales. Cash buyers go from the quote straight to the order. The deal amount is the agreed cash price.",
    };

    /// <summary>Servicing, MOTs and repairs in a dealer's workshop.</summary>
    public static FunnelDefinition WorkshopService { get; } = new(WorkshopServiceKey, "Workshop service",
    [
        new("booked", "Service booked", 0.70m)
        {
            Next = ["checked_in", "no_show", "booking_cancelled"],
            RequiredFields = ["workshop_job_type", "workshop_booking_date", "vehicle_reg"],
        },
        new("checked_in", "Vehicle checked in", 0.85m) { Next = ["in_workshop", "work_declined"], RequiredFields = ["workshop_job_card", "odometer_miles", "vin"] },
        new("in_workshop", "In the workshop", 0.90m) { Next = [Collected, "work_declined"], RequiredFields = ["workshop_estimate"] },
        new(Collected, "Collected", 1m, StageKind.Won) { RequiredFields = ["workshop_invoice_total"] },
        new("no_show", "No-show", 0m, StageKind.Lost),
        new("booking_cancelled", "Booking cancelled", 0m, StageKind.Lost),
        new("work_declined", "Work declined", 0m, StageKind.Lost),
    ])
    {
        Description = "From the booking to the customer driving away. The deal amount is the quoted price of the job; a service plan or a warranty repair may make it zero.",
    };

    /// <summary>Warranty claims the dealer makes to the manufacturer for a customer's car.</summary>
    public static FunnelDefinition WarrantyClaim { get; } = new(WarrantyClaimKey, "Warranty claim",
    [
        new("claim_submitted", "Claim submitted", 0.60m)
        {
            Next = ["technical_review", "approved", "rejected", "withdrawn"],
            RequiredFields = ["vin", "odometer_miles", "warranty_cover_type", "warranty_claim_number", "warranty_fault", "warranty_claim_amount"],
        },
        new("technical_review", "Technical review", 0.50m) { Next = ["approved", "rejected", "withdrawn"] },
        new("approved", "Approved", 1m, StageKind.Won) { RequiredFields = ["warranty_authorisation_code"] },
        new("rejected", "Rejected", 0m, StageKind.Lost),
        new("withdrawn", "Withdrawn by the dealer", 0m, StageKind.Lost),
    ])
    {
        Description = "Claims within the warranty limits are approved on submission; others go to the manufacturer's field engineer. The deal amount is the parts and labour claimed.",
    };
}
