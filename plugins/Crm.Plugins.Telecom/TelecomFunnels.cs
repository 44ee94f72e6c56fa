using Crm.Framework.Pipelines;

namespace Crm.Plugins.Telecom;

/// <summary>
/// The operator's funnels. Each stage lists where a deal may go next and the deal fields it must have on entry,
/// so a line is not activated without its SIM, a number not ported without the PAC, and no contract is signed
/// without the credit vetting. The deal amount is the total contract value (monthly charge × term, lines included).
/// </summary>
public static class TelecomFunnels
{
    /// <summary>Funnel key of <see cref="NewConnection"/>.</summary>
    public const string NewConnectionKey = "new_connection";

    /// <summary>Funnel key of <see cref="BroadbandInstallation"/>.</summary>
    public const string BroadbandInstallationKey = "broadband_installation";

    /// <summary>Funnel key of <see cref="BusinessFleet"/>.</summary>
    public const string BusinessFleetKey = "b2b_mobile_fleet";

    /// <summary>Funnel key of <see cref="ContractRenewal"/>.</summary>
    public const string ContractRenewalKey = "contract_renewal";

    /// <summary>Won stage of a new connection on a new number.</summary>
    public const string SimActivated = "sim_activated";

    /// <summary>Won stage of a new connection that kept the subscriber's number.</summary>
    public const string NumberPorted = "number_ported";

    /// <summary>Open stage of a new connection waiting for the port-in.</summary>
    public const string PortScheduled = "port_scheduled";

    /// <summary>Won stage of a broadband order.</summary>
    public const string Installed = "installed";

    /// <summary>Won stage of a business fleet deal.</summary>
    public const string FleetLive = "fleet_live";

    /// <summary>Open stage of a renewal where the subscriber asked for a PAC to leave.</summary>
    public const string PacRequested = "pac_requested";

    private static readonly string[] Plan = ["tariff_plan", "contract_term_months", "monthly_recurring_charge"];

    /// <summary>Pay-monthly mobile lines: from a lead to an active SIM, on a new number or a ported one.</summary>
    public static FunnelDefinition NewConnection { get; } = new(NewConnectionKey, "New connection (mobile)",
    [
        new("lead", "Lead", 0.10m) { Next = ["offer", "lost"] },
        new("offer", "Offer", 0.30m) { Next = ["credit_check", "lost"], RequiredFields = Plan },
        new("credit_check", "Credit vetting", 0.50m) { Next = ["contract_signed", "credit_declined", "lost"] },
        new("contract_signed", "Contract signed", 0.85m)
        {
            Next = [SimActivated, PortScheduled, "cancelled_cooling_off"], RequiredFields = ["credit_vet_ref", "service_contract_number"],
        },
        new(PortScheduled, "Port-in scheduled", 0.90m)
        {
            Next = [NumberPorted, SimActivated, "cancelled_cooling_off"],
            RequiredFields = ["sim_iccid", "porting_donor_operator", "porting_msisdn", "porting_code", "porting_date"],
        },
        new(SimActivated, "SIM activated", 1m, StageKind.Won) { RequiredFields = ["sim_iccid", "line_msisdn"] },
        new(NumberPorted, "Number ported", 1m, StageKind.Won) { RequiredFields = ["sim_iccid", "porting_msisdn"] },
        new("credit_declined", "Credit vetting declined", 0m, StageKind.Lost),
        new("lost", "Lost (another operator, no decision)", 0m, StageKind.Lost),
        new("cancelled_cooling_off", "Cancelled in the cooling-off period", 0m, StageKind.Lost),
    ])
    {
        Description = "Pay-monthly SIM-only and handset contracts. A port-in waits at port_scheduled until the donor releases the number; if the port fails the subscriber may take the temporary number instead (sim_activated).",
    };

    /// <summary>Full-fibre broadband: from the availability check at the address to the engineer's installation.</summary>
    public static FunnelDefinition BroadbandInstallation { get; } = new(BroadbandInstallationKey, "Broadband installation",
    [
        new("availability_check", "Availability check", 0.20m)
        {
            Next = ["order_placed", "not_serviceable", "order_cancelled"], RequiredFields = ["installation_address", "uprn"],
        },
        new("order_placed", "Order placed", 0.50m)
        {
            Next = ["engineer_booked", "not_serviceable", "order_cancelled"],
            RequiredFields = [.. Plan, "broadband_speed_mbps", "service_contract_number"],
        },
        new("engineer_booked", "Engineer booked", 0.80m)
        {
            Next = [Installed, "not_serviceable", "order_cancelled"], RequiredFields = ["installation_date"],
        },
        new(Installed, "Installed and live", 1m, StageKind.Won) { RequiredFields = ["circuit_id"] },
        new("not_serviceable", "Not serviceable", 0m, StageKind.Lost),
        new("order_cancelled", "Order cancelled", 0m, StageKind.Lost),
    ])
    {
        Description = "FTTP orders. Not serviceable means the premises cannot be connected (no fibre, or the survey found blocked ducts or no wayleave).",
    };

    /// <summary>Business mobile fleets: from the first conversation to the lines live.</summary>
    public static FunnelDefinition BusinessFleet { get; } = new(BusinessFleetKey, "Business mobile fleet",
    [
        new("opportunity", "Opportunity", 0.10m) { Next = ["needs_analysis", "lost_to_competitor", "no_decision"] },
        new("needs_analysis", "Needs analysis", 0.25m)
        {
            Next = ["proposal", "lost_to_competitor", "no_decision"], RequiredFields = ["mobile_fleet_lines"],
        },
        new("proposal", "Proposal", 0.45m) { Next = ["negotiation", "lost_to_competitor", "no_decision"], RequiredFields = Plan },
        new("negotiation", "Negotiation", 0.70m) { Next = ["contract_signed", "proposal", "lost_to_competitor", "no_decision"] },
        new("contract_signed", "Contract signed", 0.90m)
        {
            Next = [FleetLive, "no_decision"], RequiredFields = ["credit_vet_ref", "service_contract_number"],
        },
        new(FleetLive, "Fleet live", 1m, StageKind.Won),
        new("lost_to_competitor", "Lost to a competitor", 0m, StageKind.Lost),
        new("no_decision", "No decision", 0m, StageKind.Lost),
    ])
    {
        Description = "Account-managed fleets of business lines, usually with a shared data pool; the amount is lines × monthly charge × term, excluding VAT. Fleet live means every line is connected or ported in.",
    };

    /// <summary>Retention: keeping a subscriber whose contract ends, or who asked for a PAC.</summary>
    public static FunnelDefinition ContractRenewal { get; } = new(ContractRenewalKey, "Contract renewal (retention)",
    [
        new("renewal_due", "Renewal due", 0.50m) { Next = ["retention_offer", PacRequested, "ported_out", "not_renewed"] },
        new(PacRequested, "PAC requested", 0.20m) { Next = ["retention_offer", "ported_out", "not_renewed"] },
        new("retention_offer", "Retention offer", 0.65m) { Next = ["recontracted", "ported_out", "not_renewed"], RequiredFields = Plan },
        new("recontracted", "Recontracted", 1m, StageKind.Won) { RequiredFields = ["service_contract_number"] },
        new("ported_out", "Ported out", 0m, StageKind.Lost),
        new("not_renewed", "Not renewed (cancelled or left rolling)", 0m, StageKind.Lost),
    ])
    {
        Description = "Opened 90 days before the contract ends, or when a subscriber asks for a PAC. The PAC is always given at once (by text within a minute); the retention offer may follow, never delay it.",
    };
}
