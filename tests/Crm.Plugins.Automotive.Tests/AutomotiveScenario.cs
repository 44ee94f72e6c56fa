using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Automotive.Tests;

/// <summary>An automotive test host and the customers and deals most tests start from.</summary>
internal static class AutomotiveScenario
{
    public static CrmTestHost Host() => CrmTestHost.Create(new AutomotivePlugin());

    public static Money Gbp(decimal amount) => new(amount, "GBP");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>A private buyer at the London dealer, with a Focus to part-exchange.</summary>
    public static Task<Customer> Driver(this CrmTestHost crm, string name = "Sarah Whitfield") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "chris.morgan",
        Contacts = [new ContactPoint(ContactKind.Email, "sarah.whitfield@example.co.uk"), new ContactPoint(ContactKind.Address, "14 Elmwood Road, London W4 3DY")],
        Fields = Values(
            ("driving_licence_number", "WHITF852146S99AB"), ("driver_date_of_birth", new DateOnly(1986, 2, 14)), ("vehicle_buyer_type", "private"),
            ("selling_dealer", "LN014"), ("servicing_dealer", "LN014"), ("current_vehicle_reg", "LD19 KXR"),
            ("current_vehicle_model", "Ford Focus 1.0 EcoBoost Titanium (2019)"), ("vehicle_service_plan", "prepaid_3_year"), ("mot_due_date", new DateOnly(2026, 3, 17))),
    });

    /// <summary>A configurator lead for an Osprey.</summary>
    public static Task<Deal> OspreyLead(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "vehicle_sale",
        Title = "Norvik Osprey SEL full hybrid — PCP",
        Amount = Gbp(36_845),
        Fields = Values(("dealer_lead_source", "online_configurator"), ("vehicle_model", "osprey")),
    });

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });

    /// <summary>Takes the Osprey from the lead through a test drive to the configurator quote, with the Focus in part-exchange.</summary>
    public static async Task<Deal> QuotedOsprey(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.OspreyLead(customer);
        deal = await crm.Move(deal, "test_drive", ("test_drive_date", new DateOnly(2026, 1, 20)), ("test_drive_time", "10:30"));
        return await crm.Move(deal, "quoted",
            ("vehicle_trim", "sel"), ("vehicle_powertrain", "full_hybrid"), ("vehicle_colour", "Glacier White metallic"),
            ("vehicle_options", new[] { "metallic_paint", "panoramic_roof" }), ("configurator_code", "NK7Q2M4X"),
            ("vehicle_list_price", Gbp(36_995)), ("vehicle_options_price", Gbp(1_350)), ("dealer_discount", Gbp(1_500)),
            ("trade_in_reg", "LD19 KXR"), ("trade_in_model", "Ford Focus 1.0 EcoBoost Titanium (2019)"), ("trade_in_mileage", 41_250),
            ("trade_in_valuation", Gbp(9_800)), ("trade_in_settlement", Gbp(2_350)));
    }

    /// <summary>Adds a PCP proposal to the quoted Osprey: 36 payments at 6.9% APR with a 16,250 optional final payment.</summary>
    public static async Task<Deal> OspreyOnPcp(this CrmTestHost crm, Customer customer) =>
        await crm.Move(await crm.QuotedOsprey(customer), "finance_proposal",
            ("motor_finance_type", "pcp"), ("motor_finance_deposit", Gbp(3_000)), ("deposit_contribution", Gbp(1_000)),
            ("motor_finance_term_months", 36), ("motor_finance_apr", 6.9m), ("optional_final_payment", Gbp(16_250)),
            ("annual_mileage_allowance", 10_000), ("excess_mileage_ppm", 9), ("motor_finance_proposal_ref", "FP2601042"));

    /// <summary>Orders the financed Osprey and takes it to the handover stage with its VIN.</summary>
    public static async Task<Deal> OspreyReadyForDelivery(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.Move(await crm.OspreyOnPcp(customer), "ordered", ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05"));
        return await crm.Move(deal, "ready_for_delivery", ("vin", "SNKA4H2F7TM104233"), ("vehicle_delivery_date", new DateOnly(2026, 2, 27)));
    }

    /// <summary>A service and MOT booked for the customer's Osprey with a courtesy car.</summary>
    public static Task<Deal> ServiceBooking(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "workshop_service",
        Title = "Full service and MOT — Osprey WR23 KDF",
        Amount = Gbp(54.85m),
        Fields = Values(("workshop_job_type", "service_and_mot"), ("workshop_booking_date", new DateOnly(2026, 1, 22)), ("vehicle_reg", "WR23 KDF"), ("courtesy_car", true)),
    });

    /// <summary>A warranty claim for a failed on-board charger.</summary>
    public static Task<Deal> ChargerClaim(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "warranty_claim",
        Title = "On-board charger failure — Merlin-e MA24 WPE",
        Amount = Gbp(1_840),
        Fields = Values(("vin", "SNKM2E6A1RM083390"), ("odometer_miles", 18_402), ("warranty_cover_type", "new_vehicle"),
            ("warranty_claim_number", "WC26000612"), ("dtc_code", "P0D27"), ("warranty_claim_amount", Gbp(1_840)), ("vehicle_reg", "MA24 WPE"),
            ("warranty_fault", "Concern: the car will not charge on any AC charger. Cause: the on-board charger module has failed internally. Correction: replace the module.")),
    });

    public static Task<Document> Render(this CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
