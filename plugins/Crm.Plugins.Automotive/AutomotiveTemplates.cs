using Crm.Framework.Documents;

namespace Crm.Plugins.Automotive;

/// <summary>The dealer network's letters: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class AutomotiveTemplates
{
    private static readonly string[] Sales = [AutomotiveFunnels.VehicleSaleKey];

    /// <summary>The quotation for a car as configured: model, trim, powertrain, options, list price, discount and part-exchange.</summary>
    public static DocumentTemplateDefinition ConfiguratorQuote { get; } = From("configurator_quote", "Your Norvik quotation") with
    {
        RequiresDeal = true,
        Funnels = Sales,
        Description = "The configured car with its configurator code, the on-the-road price, options, discount, the part-exchange and the balance to pay.",
    };

    /// <summary>Confirms the day and time of a test drive and what to bring.</summary>
    public static DocumentTemplateDefinition TestDriveConfirmation { get; } = From("test_drive_confirmation", "Your test drive") with
    {
        RequiresDeal = true,
        Funnels = Sales,
        Description = "The model, day, time and dealer of the test drive, the driving licence check and the insurance.",
    };

    /// <summary>The motor finance quotation: PCP, HP or contract hire, with the payments worked out.</summary>
    public static DocumentTemplateDefinition FinanceQuotation { get; } = From("finance_quotation", "Your finance quotation") with
    {
        RequiresDeal = true,
        Funnels = Sales,
        Description = "Cash price, deposit, deposit contribution, part-exchange, amount of credit, the monthly payment worked out from the APR, optional final payment, total amount payable and the customer's rights.",
    };

    /// <summary>Confirms a factory order: the car, its price, the production slot, the VIN once built and the handover.</summary>
    public static DocumentTemplateDefinition VehicleOrderConfirmation { get; } = From("vehicle_order_confirmation", "Order confirmation") with
    {
        RequiresDeal = true,
        Funnels = Sales,
        Description = "The factory order number, production week, VIN and delivery date as they become known, how the car is paid for, and what to bring to the handover.",
    };

    /// <summary>Confirms a workshop booking: the day, the work, the courtesy car and the health check.</summary>
    public static DocumentTemplateDefinition ServiceBookingConfirmation { get; } = From("service_booking_confirmation", "Your service booking") with
    {
        RequiresDeal = true,
        Funnels = [AutomotiveFunnels.WorkshopServiceKey],
        Description = "The vehicle, the work booked, the day, the courtesy car, the service plan and how extra work is authorised.",
    };

    /// <summary>Tells the customer what the manufacturer decided on a warranty claim for their car.</summary>
    public static DocumentTemplateDefinition WarrantyClaimDecision { get; } = From("warranty_claim_decision", "Warranty claim decision") with
    {
        RequiresDeal = true,
        Funnels = [AutomotiveFunnels.WarrantyClaimKey],
        Description = "Under review, approved at no cost to the customer, or rejected with the reason, the goodwill route and the customer's statutory rights.",
    };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(AutomotiveTemplates).Assembly, $"{key}.scriban", key, name);
}
