using Crm.Framework.Pipelines;

namespace Crm.Plugins.Airline;

/// <summary>
/// The airline's sales funnels: individual bookings in the call centre, group bookings at the group
/// desk and corporate fare agreements with the corporate sales team. Each stage lists where a deal may
/// go next and the deal fields it needs on entry, so nothing is ticketed without a PNR and a fare.
/// </summary>
public static class AirlineFunnels
{
    /// <summary>Funnel key of <see cref="FlightBooking"/>.</summary>
    public const string FlightBookingKey = "flight_booking";

    /// <summary>Funnel key of <see cref="GroupBooking"/>.</summary>
    public const string GroupBookingKey = "group_booking";

    /// <summary>Funnel key of <see cref="CorporateTravelContract"/>.</summary>
    public const string CorporateTravelContractKey = "corporate_travel_contract";

    /// <summary>The group stage at which the deposit is paid and the name list falls due.</summary>
    public const string DepositPaid = "deposit_paid";

    /// <summary>The corporate stage at which the agreement is signed.</summary>
    public const string ContractSigned = "contract_signed";

    /// <summary>A booking made by a reservations agent: from the enquiry to the issued e-ticket.</summary>
    public static FunnelDefinition FlightBooking { get; } = new(FlightBookingKey, "Flight booking",
    [
        new("enquiry", "Enquiry", 0.15m)
        {
            Next = ["on_hold", "declined_by_passenger"],
            RequiredFields = ["origin_airport", "destination_airport", "outbound_date", "cabin"],
        },
        new("on_hold", "On hold (PNR created)", 0.55m)
        {
            Next = ["ticketed", "option_expired", "declined_by_passenger"],
            RequiredFields = ["pnr", "outbound_flight", "booking_class", "base_fare", "fare_taxes", "ticketing_time_limit"],
        },
        new("ticketed", "Ticketed", 1m, StageKind.Won) { RequiredFields = ["eticket_number", "fare_basis", "baggage_allowance"] },
        new("option_expired", "Option expired (TTL passed)", 0m, StageKind.Lost),
        new("declined_by_passenger", "Declined by the passenger", 0m, StageKind.Lost),
    ])
    {
        Description = "Call-centre and desk sales. The deal amount is the total fare, taxes included.",
    };

    /// <summary>Ten or more passengers on the same flights: quote, deposit, names, ticketing.</summary>
    public static FunnelDefinition GroupBooking { get; } = new(GroupBookingKey, "Group booking",
    [
        new("request", "Group request", 0.10m)
        {
            Next = ["quoted", "declined", "lost"],
            RequiredFields = ["group_booking_type", "group_pax", "origin_airport", "destination_airport", "outbound_date"],
        },
        new("quoted", "Quote sent", 0.30m)
        {
            Next = [DepositPaid, "request", "lost"],
            RequiredFields = ["cabin", "booking_class", "group_fare_per_pax", "group_option_date"],
        },
        new(DepositPaid, "Deposit paid", 0.65m)
        {
            Next = ["names_submitted", "lost"],
            RequiredFields = ["pnr", "group_deposit_amount", "group_names_deadline"],
        },
        new("names_submitted", "Names submitted", 0.85m)
        {
            Next = ["ticketed", "lost"],
            RequiredFields = ["group_names_received"],
        },
        new("ticketed", "Ticketed", 1m, StageKind.Won) { RequiredFields = ["eticket_number"] },
        new("declined", "Declined — no group space", 0m, StageKind.Lost),
        new("lost", "Lost", 0m, StageKind.Lost),
    ])
    {
        Description = "The group desk's process. The deal amount is the group's total fare; a quote can go back to request when the dates change.",
    };

    /// <summary>A negotiated fare agreement with a company: RFP to signed contract.</summary>
    public static FunnelDefinition CorporateTravelContract { get; } = new(CorporateTravelContractKey, "Corporate fare agreement",
    [
        new("rfp_received", "RFP received", 0.10m)
        {
            Next = ["traffic_analysis", "not_awarded", "withdrawn"],
            RequiredFields = ["annual_segments"],
        },
        new("traffic_analysis", "Traffic analysis", 0.25m)
        {
            Next = ["proposal_sent", "not_awarded", "withdrawn"],
            RequiredFields = ["top_city_pairs", "airline_share_pct"],
        },
        new("proposal_sent", "Proposal sent", 0.45m)
        {
            Next = ["negotiation", "not_awarded", "withdrawn"],
            RequiredFields = ["fare_discount_pct", "discounted_cabins", "airline_share_target_pct"],
        },
        new("negotiation", "Negotiation", 0.70m) { Next = [ContractSigned, "proposal_sent", "not_awarded", "withdrawn"] },
        new(ContractSigned, "Contract signed", 1m, StageKind.Won) { RequiredFields = ["tour_code", "fare_agreement_start", "fare_agreement_end"] },
        new("not_awarded", "Not awarded", 0m, StageKind.Lost),
        new("withdrawn", "Withdrawn", 0m, StageKind.Lost),
    ])
    {
        Description = "Corporate sales. The deal amount is the expected yearly revenue from the company under the agreement.",
    };
}
