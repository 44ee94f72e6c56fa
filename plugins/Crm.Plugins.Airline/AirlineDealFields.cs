using Crm.Framework.Fields;

namespace Crm.Plugins.Airline;

/// <summary>
/// What an airline records on a deal: the itinerary, the fare and the booking (PNR, ticket) for a
/// flight or a group, and the terms of a corporate fare agreement. Funnel stages require them as the
/// sale advances (see <see cref="AirlineFunnels"/>).
/// </summary>
public static class AirlineDealFields
{
    // ---- Itinerary -------------------------------------------------------------------------------

    /// <summary>Where the journey starts.</summary>
    public static FieldDefinition OriginAirport { get; } = new("origin_airport", "From (airport)", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = AirlineRules.AirportCode,
    };

    /// <summary>Where the journey goes.</summary>
    public static FieldDefinition DestinationAirport { get; } = new("destination_airport", "To (airport)", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = AirlineRules.AirportCode,
    };

    /// <summary>The outbound flight number.</summary>
    public static FieldDefinition OutboundFlight { get; } = new("outbound_flight", "Outbound flight", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = AirlineRules.FlightNumber,
    };

    /// <summary>The outbound departure date.</summary>
    public static FieldDefinition OutboundDate { get; } = new("outbound_date", "Outbound date", FieldType.Date, FieldTarget.Deal);

    /// <summary>The outbound local departure time.</summary>
    public static FieldDefinition OutboundTime { get; } = new("outbound_time", "Outbound departs (local)", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = AirlineRules.LocalTime,
    };

    /// <summary>The return flight number, for a return journey.</summary>
    public static FieldDefinition InboundFlight { get; } = new("inbound_flight", "Return flight", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = AirlineRules.FlightNumber,
    };

    /// <summary>The return departure date.</summary>
    public static FieldDefinition InboundDate { get; } = new("inbound_date", "Return date", FieldType.Date, FieldTarget.Deal);

    /// <summary>The return local departure time.</summary>
    public static FieldDefinition InboundTime { get; } = new("inbound_time", "Return departs (local)", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = AirlineRules.LocalTime,
    };

    // ---- Fare ------------------------------------------------------------------------------------

    /// <summary>The cabin sold.</summary>
    public static FieldDefinition Cabin { get; } = new("cabin", "Cabin", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = AirlineRules.Cabins },
    };

    /// <summary>The booking class (RBD): the inventory bucket the seat is sold from.</summary>
    public static FieldDefinition BookingClass { get; } = new("booking_class", "Booking class (RBD)", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["F", "A", "J", "C", "D", "I", "Z", "W", "P", "Y", "B", "M", "H", "K", "L", "Q", "T", "V", "X", "G"] },
        Description = "F/A first; J/C/D/I/Z business; W/P premium economy; Y/B/M/H/K/L/Q/T/V/X economy from full fare down; G group.",
    };

    /// <summary>The fare basis code printed on the ticket.</summary>
    public static FieldDefinition FareBasis { get; } = new("fare_basis", "Fare basis", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[A-Z][A-Z0-9]{1,7}", PatternDescription = "a fare basis code: the booking class letter and up to 7 capitals and digits, e.g. YFLEX or KLOWEE" },
        Description = "Names the fare rules: validity, change and refund conditions, baggage.",
    };

    /// <summary>The fare before taxes, for all passengers on the booking.</summary>
    public static FieldDefinition BaseFare { get; } = new("base_fare", "Base fare", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>Taxes, airport charges and carrier surcharges.</summary>
    public static FieldDefinition FareTaxes { get; } = new("fare_taxes", "Taxes, fees and charges", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
        Description = "Government taxes, airport and security charges and the carrier-imposed surcharge (YQ/YR).",
    };

    /// <summary>Checked baggage included in the fare.</summary>
    public static FieldDefinition BaggageAllowance { get; } = new("baggage_allowance", "Baggage allowance", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { Pattern = "[0-3]PC|[0-9]{1,2}KG", PatternDescription = "pieces (0PC to 3PC) or a weight such as 20KG" },
    };

    // ---- Booking ---------------------------------------------------------------------------------

    /// <summary>The booking reference (record locator) of the passenger name record.</summary>
    public static FieldDefinition Pnr { get; } = new("pnr", "Booking reference (PNR)", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[A-Z0-9]{6}", PatternDescription = "a 6-character booking reference of capitals and digits, e.g. K7QX2M" },
        Description = "The record locator the passenger quotes at check-in and in the call centre.",
    };

    /// <summary>The date by which a held booking must be ticketed, or the seats are released.</summary>
    public static FieldDefinition TicketingTimeLimit { get; } = new("ticketing_time_limit", "Ticketing time limit", FieldType.Date, FieldTarget.Deal)
    {
        Description = "The TTL: an unpaid booking is cancelled by the reservations system after this date.",
    };

    /// <summary>The e-ticket number (for a group, the first of the series).</summary>
    public static FieldDefinition EticketNumber { get; } = new("eticket_number", "E-ticket number", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{13}", PatternDescription = "13 digits: the 3-digit airline code and a 10-digit serial, e.g. 4122400123456" },
        Description = "For a group, the first ticket number of the series issued.",
    };

    // ---- Group booking ---------------------------------------------------------------------------

    /// <summary>What kind of group travels.</summary>
    public static FieldDefinition GroupBookingType { get; } = new("group_booking_type", "Group type", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Choices = ["school", "university", "sports_team", "corporate_event", "tour_operator", "pilgrimage", "wedding", "ship_crew", "other"],
        },
    };

    /// <summary>Passengers in the group: a group starts at 10.</summary>
    public static FieldDefinition GroupPax { get; } = new("group_pax", "Group size (passengers)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 10, Max = 500 },
        Description = "Ten or more passengers travelling together on the same flights; fewer are booked as individual bookings.",
    };

    /// <summary>The group fare quoted per passenger, taxes included.</summary>
    public static FieldDefinition GroupFarePerPax { get; } = new("group_fare_per_pax", "Group fare per passenger", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
        Description = "Return fare per passenger including taxes and charges, as quoted by the group desk.",
    };

    /// <summary>Free tickets for group leaders.</summary>
    public static FieldDefinition GroupFocSeats { get; } = new("group_foc_seats", "Free-of-charge seats", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 25 },
        Description = "FOC seats for tour leaders or teachers, usually one for every 20 paying passengers; taxes are still paid.",
    };

    /// <summary>Until when the quoted seats are held without a deposit.</summary>
    public static FieldDefinition GroupOptionDate { get; } = new("group_option_date", "Option date", FieldType.Date, FieldTarget.Deal)
    {
        Description = "The group must accept and pay the deposit by this date, or the seats are released.",
    };

    /// <summary>The deposit paid to confirm the group.</summary>
    public static FieldDefinition GroupDepositAmount { get; } = new("group_deposit_amount", "Deposit", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
        Description = "Usually 10% of the group fare; not refundable if the group cancels.",
    };

    /// <summary>When the name list is due.</summary>
    public static FieldDefinition GroupNamesDeadline { get; } = new("group_names_deadline", "Name list due", FieldType.Date, FieldTarget.Deal)
    {
        Description = "Passenger names as in their passports, normally 21 days before departure; the balance is paid at ticketing.",
    };

    /// <summary>How many passengers have been named.</summary>
    public static FieldDefinition GroupNamesReceived { get; } = new("group_names_received", "Names received", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 500 },
    };

    // ---- Corporate fare agreement ----------------------------------------------------------------

    /// <summary>Flight segments the company flies in a year.</summary>
    public static FieldDefinition AnnualSegments { get; } = new("annual_segments", "Segments a year", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 1, Max = 1_000_000 },
        Description = "One segment is one take-off and landing; from the RFP or the travel management company's data.",
    };

    /// <summary>The routes the company flies most.</summary>
    public static FieldDefinition TopCityPairs { get; } = new("top_city_pairs", "Top city pairs", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new()
        {
            Pattern = "[A-Z]{3}-[A-Z]{3}(, [A-Z]{3}-[A-Z]{3})*",
            PatternDescription = "origin-destination pairs of airport codes separated by a comma and a space, e.g. TLL-LHR, TLL-CPH",
        },
    };

    /// <summary>Our share of the company's trips on the routes we fly today.</summary>
    public static FieldDefinition AirlineSharePct { get; } = new("airline_share_pct", "Our share today (%)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 100 },
        Description = "Share of the client's segments on our network flown with us, from BSP/MIDT data in the traffic analysis.",
    };

    /// <summary>The share the company commits to for the discount.</summary>
    public static FieldDefinition AirlineShareTargetPct { get; } = new("airline_share_target_pct", "Committed share (%)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 100 },
        Description = "The share of its trips the company commits to fly with us; reviewed every quarter.",
    };

    /// <summary>The discount off published fares.</summary>
    public static FieldDefinition FareDiscountPct { get; } = new("fare_discount_pct", "Fare discount (%)", FieldType.Number, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0, Max = 50 },
        Description = "Point-of-sale discount off the published fare in the discounted cabins; above 25% needs revenue management approval.",
    };

    /// <summary>The cabins the discount applies in.</summary>
    public static FieldDefinition DiscountedCabins { get; } = new("discounted_cabins", "Discounted cabins", FieldType.MultiChoice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = AirlineRules.Cabins },
    };

    /// <summary>The tour code that identifies the agreement on every ticket.</summary>
    public static FieldDefinition TourCode { get; } = new("tour_code", "Tour code", FieldType.Text, FieldTarget.Deal)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[A-Z0-9]{4,14}", PatternDescription = "4 to 14 capitals and digits, e.g. BNCORP2611" },
        Description = "Entered in the ticket's tour code box so the sale counts towards the agreement.",
    };

    /// <summary>The first day of the fare agreement.</summary>
    public static FieldDefinition FareAgreementStart { get; } = new("fare_agreement_start", "Agreement starts", FieldType.Date, FieldTarget.Deal);

    /// <summary>The last day of the fare agreement.</summary>
    public static FieldDefinition FareAgreementEnd { get; } = new("fare_agreement_end", "Agreement ends", FieldType.Date, FieldTarget.Deal);

    /// <summary>The company's travel management company.</summary>
    public static FieldDefinition TmcName { get; } = new("tmc_name", "Travel management company", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 120 },
        Description = "The agency that books the company's trips and must load the tour code.",
    };

    /// <summary>Date changes without a change fee for the company's travellers.</summary>
    public static FieldDefinition ChangeFeeWaiver { get; } = new("change_fee_waiver", "Change fee waived", FieldType.Boolean, FieldTarget.Deal);
}
