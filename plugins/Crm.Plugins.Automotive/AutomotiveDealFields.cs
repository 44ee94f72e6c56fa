using Crm.Framework.Fields;

namespace Crm.Plugins.Automotive;

/// <summary>
/// What a dealer records on a deal. A vehicle sale carries the lead source, the configured car and its
/// price, the test drive, the part-exchange, the motor finance and the factory order; a workshop job and a
/// warranty claim carry the vehicle, the job card and the claim. Funnel stages require them as a deal
/// advances (see <see cref="AutomotiveFunnels"/>). Amounts are in any currency; the demo uses GBP.
/// </summary>
public static class AutomotiveDealFields
{
    private static FieldConstraints NotNegative { get; } = new() { Min = 0 };

    // ----- The lead and the configured car -----

    /// <summary>Where the lead came from; the marketing team measures its channels by it.</summary>
    public static FieldDefinition LeadSource { get; } = new("dealer_lead_source", "Lead source", FieldType.Choice, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Choices = ["online_configurator", "dealer_showroom", "test_drive_booking", "fleet_enquiry", "phone_enquiry", "motor_show", "service_upgrade"] },
        Description = "Web configurator, a showroom walk-in, a test-drive booking, a fleet enquiry, a phone enquiry, a motor show, or a workshop customer offered an upgrade.",
    };

    /// <summary>The model in the range.</summary>
    public static FieldDefinition Model { get; } = new("vehicle_model", "Model", FieldType.Choice, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Choices = ["kestrel", "kestrel_estate", "osprey", "harrier", "merlin_e", "falcon_van"] },
        Description = "Kestrel (hatchback), Kestrel Estate, Osprey (family SUV), Harrier (7-seat SUV), Merlin-e (electric crossover), Falcon (van).",
    };

    /// <summary>The trim level (grade).</summary>
    public static FieldDefinition Trim { get; } = new("vehicle_trim", "Trim", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["s", "se", "sel", "gt_line", "launch_edition", "trend", "limited"] },
    };

    /// <summary>Engine and transmission family.</summary>
    public static FieldDefinition Powertrain { get; } = new("vehicle_powertrain", "Powertrain", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["petrol", "diesel", "mild_hybrid", "full_hybrid", "plug_in_hybrid", "electric"] },
    };

    /// <summary>The paint colour chosen in the configurator.</summary>
    public static FieldDefinition Colour { get; } = new("vehicle_colour", "Colour", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 60 },
    };

    /// <summary>Factory-fitted options and packs.</summary>
    public static FieldDefinition Options { get; } = new("vehicle_options", "Options", FieldType.MultiChoice, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Choices = ["metallic_paint", "panoramic_roof", "tow_bar", "heat_pump", "winter_pack", "tech_pack", "driver_assistance_pack", "alloys_19in", "ply_lining"],
        },
    };

    /// <summary>How many of this car a fleet or business orders; prices are per vehicle.</summary>
    public static FieldDefinition Quantity { get; } = new("vehicle_quantity", "Quantity", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 1_000 },
        Description = "1 for a private buyer. The deal amount is the cash price per vehicle times the quantity.",
    };

    /// <summary>The code that recalls the configuration in the online configurator and at the dealer.</summary>
    public static FieldDefinition ConfiguratorCode { get; } = new("configurator_code", "Configurator code", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[A-Z0-9]{8}", PatternDescription = "the 8-character configurator code, e.g. NK7Q2M4X" },
    };

    /// <summary>The manufacturer's recommended on-the-road price of the model and trim.</summary>
    public static FieldDefinition ListPrice { get; } = new("vehicle_list_price", "List price (OTR)", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "Recommended on-the-road price: VAT, delivery, number plates, first registration fee and the first year's vehicle excise duty included.",
    };

    /// <summary>The price of the options chosen.</summary>
    public static FieldDefinition OptionsPrice { get; } = new("vehicle_options_price", "Options price", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
    };

    /// <summary>The discount the dealer gives off list and options.</summary>
    public static FieldDefinition DealerDiscount { get; } = new("dealer_discount", "Dealer discount", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "Retail discount, or the fleet discount agreed by the manufacturer's fleet team.",
    };

    // ----- Test drive -----

    /// <summary>The day of the test drive.</summary>
    public static FieldDefinition TestDriveDate { get; } = new("test_drive_date", "Test drive date", FieldType.Date, FieldTarget.Deal);

    /// <summary>The time the test drive starts.</summary>
    public static FieldDefinition TestDriveTime { get; } = new("test_drive_time", "Test drive time", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "([01][0-9]|2[0-3]):[0-5][0-9]", PatternDescription = "a 24-hour time, e.g. 10:30" },
    };

    // ----- Part-exchange -----

    /// <summary>Registration of the car offered in part-exchange (personal data).</summary>
    public static FieldDefinition TradeInReg { get; } = new("trade_in_reg", "Part-exchange registration", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = AutomotiveCustomerFields.RegistrationRule,
    };

    /// <summary>Make and model of the part-exchange.</summary>
    public static FieldDefinition TradeInModel { get; } = new("trade_in_model", "Part-exchange vehicle", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 100 },
    };

    /// <summary>The part-exchange's mileage at appraisal.</summary>
    public static FieldDefinition TradeInMileage { get; } = new("trade_in_mileage", "Part-exchange mileage", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 999_999 },
    };

    /// <summary>What the dealer pays for the part-exchange.</summary>
    public static FieldDefinition TradeInValuation { get; } = new("trade_in_valuation", "Part-exchange valuation", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "The appraised value, guaranteed for 14 days or 500 miles.",
    };

    /// <summary>Finance still owed on the part-exchange, settled by the dealer.</summary>
    public static FieldDefinition TradeInSettlement { get; } = new("trade_in_settlement", "Outstanding finance settlement", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "The settlement figure from the customer's finance company; the equity is the valuation less this.",
    };

    // ----- Motor finance -----

    /// <summary>How the customer pays.</summary>
    public static FieldDefinition FinanceType { get; } = new("motor_finance_type", "Finance type", FieldType.Choice, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Choices = ["cash", "pcp", "hp", "contract_hire"] },
        Description = "Cash, Personal Contract Purchase (PCP, with an optional final payment), Hire Purchase (HP) or contract hire (a lease: the car goes back at the end).",
    };

    /// <summary>The customer's cash deposit, or the initial rental of a lease.</summary>
    public static FieldDefinition FinanceDeposit { get; } = new("motor_finance_deposit", "Customer deposit", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
    };

    /// <summary>The manufacturer's deposit contribution.</summary>
    public static FieldDefinition DepositContribution { get; } = new("deposit_contribution", "Deposit contribution", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "Paid by the manufacturer towards the deposit when the car is bought on its finance.",
    };

    /// <summary>Number of monthly payments.</summary>
    public static FieldDefinition FinanceTermMonths { get; } = new("motor_finance_term_months", "Finance term (monthly payments)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 12, Max = 60 },
    };

    /// <summary>The annual percentage rate.</summary>
    public static FieldDefinition FinanceApr { get; } = new("motor_finance_apr", "APR (%)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 29.9m },
        Description = "The APR of the finance offer, fees included; 0 for a 0% APR offer.",
    };

    /// <summary>The PCP balloon: the guaranteed future value.</summary>
    public static FieldDefinition OptionalFinalPayment { get; } = new("optional_final_payment", "Optional final payment", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "PCP: the guaranteed future value, paid at the end to keep the car; contract hire: the residual value the funder keeps when the car goes back.",
    };

    /// <summary>The mileage the PCP or lease is priced for.</summary>
    public static FieldDefinition AnnualMileage { get; } = new("annual_mileage_allowance", "Annual mileage", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 3_000, Max = 50_000 },
    };

    /// <summary>What each mile above the allowance costs when the car goes back, in pence.</summary>
    public static FieldDefinition ExcessMileageCharge { get; } = new("excess_mileage_ppm", "Excess mileage (pence per mile)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 100 },
    };

    /// <summary>The finance company's proposal number.</summary>
    public static FieldDefinition FinanceProposalRef { get; } = new("motor_finance_proposal_ref", "Finance proposal", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "FP[0-9]{7}", PatternDescription = "FP and seven digits, e.g. FP2604417" },
    };

    // ----- Order and delivery -----

    /// <summary>The factory order number.</summary>
    public static FieldDefinition FactoryOrderNumber { get; } = new("factory_order_number", "Factory order number", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "NK[0-9]{8}", PatternDescription = "NK and eight digits, e.g. NK26004417" },
    };

    /// <summary>The production week at the plant.</summary>
    public static FieldDefinition ProductionSlot { get; } = new("production_slot", "Production slot", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "20[0-9]{2}-W(0[1-9]|[1-4][0-9]|5[0-3])", PatternDescription = "an ISO production week, e.g. 2026-W09" },
        Description = "The week the car is scheduled to be built; delivery to the dealer takes three to five weeks after it.",
    };

    /// <summary>The vehicle identification number: personal data once linked to a keeper, indexed.</summary>
    public static FieldDefinition Vin { get; } = new("vin", "VIN", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "[A-HJ-NPR-Z0-9]{17}", PatternDescription = "a 17-character VIN without the letters I, O and Q" },
        Description = "Allocated when the car is built; on workshop jobs and warranty claims the VIN of the car in the workshop.",
    };

    /// <summary>The agreed handover date.</summary>
    public static FieldDefinition DeliveryDate { get; } = new("vehicle_delivery_date", "Delivery date", FieldType.Date, FieldTarget.Deal);

    /// <summary>The car's registration mark: personal data, indexed for service reception.</summary>
    public static FieldDefinition VehicleReg { get; } = new("vehicle_reg", "Registration", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = AutomotiveCustomerFields.RegistrationRule,
    };

    // ----- Workshop -----

    /// <summary>What the workshop is booked to do.</summary>
    public static FieldDefinition WorkshopJobType { get; } = new("workshop_job_type", "Job type", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["interim_service", "full_service", "mot", "service_and_mot", "repair", "diagnostic", "recall", "tyres"] },
    };

    /// <summary>The day the car is booked in.</summary>
    public static FieldDefinition WorkshopBookingDate { get; } = new("workshop_booking_date", "Booked in for", FieldType.Date, FieldTarget.Deal);

    /// <summary>A courtesy car is reserved for the customer.</summary>
    public static FieldDefinition CourtesyCar { get; } = new("courtesy_car", "Courtesy car", FieldType.Boolean, FieldTarget.Deal);

    /// <summary>The workshop job card opened at check-in.</summary>
    public static FieldDefinition JobCardNumber { get; } = new("workshop_job_card", "Job card", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "JC[0-9]{6}", PatternDescription = "JC and six digits, e.g. JC104233" },
    };

    /// <summary>The odometer reading at check-in.</summary>
    public static FieldDefinition OdometerMiles { get; } = new("odometer_miles", "Mileage at check-in", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 999_999 },
    };

    /// <summary>The estimate the customer authorised before work started.</summary>
    public static FieldDefinition WorkshopEstimate { get; } = new("workshop_estimate", "Authorised estimate", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
        Description = "No work beyond it is done without the customer's further consent.",
    };

    /// <summary>The final invoice, paid on collection.</summary>
    public static FieldDefinition WorkshopInvoiceTotal { get; } = new("workshop_invoice_total", "Invoice total", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
    };

    // ----- Warranty claim -----

    /// <summary>Which cover the claim is made under.</summary>
    public static FieldDefinition WarrantyCoverType { get; } = new("warranty_cover_type", "Warranty cover", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["new_vehicle", "ev_battery", "paint_and_corrosion", "extended", "goodwill"] },
        Description = "New-vehicle warranty (3 years / 60,000 miles), high-voltage battery (8 years / 100,000 miles), paint and perforation corrosion, extended warranty, or a goodwill request outside cover.",
    };

    /// <summary>The claim number in the manufacturer's warranty system.</summary>
    public static FieldDefinition WarrantyClaimNumber { get; } = new("warranty_claim_number", "Warranty claim", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "WC[0-9]{8}", PatternDescription = "WC and eight digits, e.g. WC26000871" },
    };

    /// <summary>The concern, cause and correction as the technician wrote them.</summary>
    public static FieldDefinition WarrantyFault { get; } = new("warranty_fault", "Fault (concern, cause, correction)", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MinLength = 10, MaxLength = 600 },
    };

    /// <summary>The OBD diagnostic trouble code read from the car, if any.</summary>
    public static FieldDefinition DtcCode { get; } = new("dtc_code", "Fault code (DTC)", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[PBCU][0-3][0-9A-F]{3}", PatternDescription = "an OBD-II trouble code such as P0420 or U0100" },
    };

    /// <summary>Parts and labour claimed from the manufacturer.</summary>
    public static FieldDefinition WarrantyClaimAmount { get; } = new("warranty_claim_amount", "Amount claimed", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = NotNegative,
    };

    /// <summary>The manufacturer's authorisation code for an approved claim.</summary>
    public static FieldDefinition WarrantyAuthorisationCode { get; } = new("warranty_authorisation_code", "Authorisation code", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "WA-[0-9]{6}", PatternDescription = "WA- and six digits, e.g. WA-118402" },
    };

    /// <summary>The decision as the warranty team explained it (the rejection reason is also the deal's lost reason).</summary>
    public static FieldDefinition WarrantyDecisionNote { get; } = new("warranty_decision_note", "Decision note", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 600 },
        Description = "Letters show it to the customer: documents see the deal's fields but not its lost reason.",
    };
}
