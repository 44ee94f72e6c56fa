using Crm.Framework.Fields;

namespace Crm.Plugins.Telecom;

/// <summary>
/// What an operator records on a deal: the tariff and contract, the line and its SIM, the device on a device plan,
/// the number port-in, the broadband installation and the business fleet. Funnel stages require them as the order
/// advances (see <see cref="TelecomFunnels"/>).
/// </summary>
public static class TelecomDealFields
{
    /// <summary>The tariff plan sold.</summary>
    public static FieldDefinition TariffPlan { get; } = new("tariff_plan", "Tariff plan", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = TelecomTariffs.All },
    };

    /// <summary>The minimum term in months.</summary>
    public static FieldDefinition ContractTermMonths { get; } = new("contract_term_months", "Contract term (months)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 36 },
        Description = "1 is a rolling 30-day contract; consumer contracts are at most 24 months, business contracts up to 36.",
    };

    /// <summary>The monthly recurring charge (MRC) of the plan, per line, after discounts.</summary>
    public static FieldDefinition MonthlyRecurringCharge { get; } = new("monthly_recurring_charge", "Monthly charge (MRC)", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 1_000 },
        Description = "Per line and month, discounts applied; consumer prices include VAT, business prices exclude it.",
    };

    /// <summary>The one-off connection or set-up charge.</summary>
    public static FieldDefinition ConnectionCharge { get; } = new("connection_charge", "Connection charge", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>The number given to the new line.</summary>
    public static FieldDefinition LineMsisdn { get; } = new("line_msisdn", "Line number (MSISDN)", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = TelecomCustomerFields.MsisdnRule,
    };

    /// <summary>The ICCID of the SIM or eSIM profile.</summary>
    public static FieldDefinition SimIccid { get; } = new("sim_iccid", "SIM number (ICCID)", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "89[0-9]{17,18}", PatternDescription = "an ICCID: 19 or 20 digits starting with 89, as printed on the SIM card" },
        Description = "Looked up when a SIM is lost, stolen or swapped.",
    };

    /// <summary>Physical SIM or eSIM.</summary>
    public static FieldDefinition SimType { get; } = new("sim_type", "SIM type", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["physical_sim", "esim"] },
    };

    /// <summary>The handset or device sold with the plan.</summary>
    public static FieldDefinition DeviceModel { get; } = new("device_model", "Device", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 120 },
    };

    /// <summary>The IMEI of the device sold.</summary>
    public static FieldDefinition DeviceImei { get; } = new("device_imei", "Device IMEI", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "[0-9]{15}", PatternDescription = "the 15-digit IMEI (dial *#06# on the device)" },
        Description = "Needed to block the device if it is lost or stolen.",
    };

    /// <summary>The cash price of the device.</summary>
    public static FieldDefinition DeviceCashPrice { get; } = new("device_cash_price", "Device cash price", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>What the customer pays for the device up front.</summary>
    public static FieldDefinition DeviceUpfront { get; } = new("device_upfront_payment", "Device upfront payment", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>The term of the device plan (0% APR device financing), separate from the airtime contract.</summary>
    public static FieldDefinition DevicePlanMonths { get; } = new("device_plan_months", "Device plan (months)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 36 },
        Description = "The device is paid in equal monthly instalments at 0% APR under a separate credit agreement; the airtime plan can change without affecting it.",
    };

    /// <summary>The operator the number is ported from (the donor).</summary>
    public static FieldDefinition PortingDonorOperator { get; } = new("porting_donor_operator", "Donor operator", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = TelecomTariffs.Operators },
    };

    /// <summary>The number being ported in.</summary>
    public static FieldDefinition PortingMsisdn { get; } = new("porting_msisdn", "Number to port (MSISDN)", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = TelecomCustomerFields.MsisdnRule,
    };

    /// <summary>The porting authorisation code (PAC) from the donor operator.</summary>
    public static FieldDefinition PortingCode { get; } = new("porting_code", "Porting authorisation code (PAC)", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Pattern = "[A-Z]{3}[0-9]{6}", PatternDescription = "a PAC: three capital letters and six digits, e.g. ABC123456" },
        Description = "Authorises moving the number; valid for 30 days. Masked everywhere and never printed in letters.",
    };

    /// <summary>The day the number moves.</summary>
    public static FieldDefinition PortingDate { get; } = new("porting_date", "Porting date", FieldType.Date, FieldTarget.Deal)
    {
        Description = "The next working day after the PAC is given, or a later day the subscriber chooses within the PAC's 30 days.",
    };

    /// <summary>The reference of the credit vetting.</summary>
    public static FieldDefinition CreditVetRef { get; } = new("credit_vet_ref", "Credit vetting reference", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "CV[0-9]{8}", PatternDescription = "CV and eight digits, e.g. CV20260412" },
    };

    /// <summary>The number of the signed service contract.</summary>
    public static FieldDefinition ServiceContractNumber { get; } = new("service_contract_number", "Service contract number", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "SC-[0-9]{4}-[0-9]{6}", PatternDescription = "SC-, the year, a dash and six digits, e.g. SC-2026-004217" },
    };

    /// <summary>Where the broadband is installed.</summary>
    public static FieldDefinition InstallationAddress { get; } = new("installation_address", "Installation address", FieldType.Text, FieldTarget.Deal)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { MaxLength = 300 },
    };

    /// <summary>The Unique Property Reference Number the availability check runs on.</summary>
    public static FieldDefinition Uprn { get; } = new("uprn", "UPRN", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[0-9]{1,12}", PatternDescription = "a Unique Property Reference Number: up to 12 digits" },
        Description = "Identifies the premises in the network's availability checker.",
    };

    /// <summary>The download speed the line check gives for the premises.</summary>
    public static FieldDefinition BroadbandSpeedMbps { get; } = new("broadband_speed_mbps", "Estimated download speed (Mbps)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 10_000 },
        Description = "The estimated peak-time download speed from the line check; the contract summary states it.",
    };

    /// <summary>The day the engineer installs the line.</summary>
    public static FieldDefinition InstallationDate { get; } = new("installation_date", "Installation date", FieldType.Date, FieldTarget.Deal);

    /// <summary>The access line reference from the wholesale network.</summary>
    public static FieldDefinition CircuitId { get; } = new("circuit_id", "Line reference (circuit ID)", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "FP[0-9]{9}", PatternDescription = "FP and nine digits, e.g. FP000412377" },
        Description = "Quoted to the wholesale network when a fault is reported.",
    };

    /// <summary>How many lines a business fleet deal covers.</summary>
    public static FieldDefinition MobileFleetLines { get; } = new("mobile_fleet_lines", "Fleet lines", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 10_000 },
    };

    /// <summary>The shared data pool of a business fleet.</summary>
    public static FieldDefinition FleetDataPoolGb { get; } = new("fleet_data_pool_gb", "Shared data pool (GB a month)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 1_000_000 },
    };

    /// <summary>The discount given to keep a subscriber, in percent of the list price.</summary>
    public static FieldDefinition RetentionDiscountPct { get; } = new("retention_discount_pct", "Retention discount (%)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 50 },
        Description = "Above 30% needs the retention team leader's approval.",
    };
}
