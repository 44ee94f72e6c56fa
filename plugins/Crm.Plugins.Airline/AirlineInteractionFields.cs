using Crm.Framework.Fields;

namespace Crm.Plugins.Airline;

/// <summary>What an airline records on an interaction: the airport and flight, a disruption and its claim, a baggage file.</summary>
public static class AirlineInteractionFields
{
    /// <summary>The airport (station) where it happened.</summary>
    public static FieldDefinition AirportCode { get; } = new("airport_code", "Airport", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = AirlineRules.AirportCode,
    };

    /// <summary>The flight the interaction is about.</summary>
    public static FieldDefinition FlightNumber { get; } = new("flight_number", "Flight", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = AirlineRules.FlightNumber,
    };

    /// <summary>What went wrong with the flight, if anything.</summary>
    public static FieldDefinition FlightDisruption { get; } = new("flight_disruption", "Disruption", FieldType.Choice, FieldTarget.Interaction)
    {
        Constraints = new() { Choices = ["delay", "cancellation", "denied_boarding", "missed_connection", "downgrade", "diversion"] },
        Description = "A disruption may give the passenger a right to care, rerouting and compensation under Regulation (EC) No 261/2004.",
    };

    /// <summary>The fixed compensation paid under EU261.</summary>
    public static FieldDefinition Eu261Compensation { get; } = new("eu261_compensation", "EU261 compensation", FieldType.Money, FieldTarget.Interaction)
    {
        Constraints = new() { Min = 0, Max = 600, Currency = "EUR" },
        Description = "250, 400 or 600 EUR per passenger depending on the distance; halved when rerouting arrives close to the planned time.",
    };

    /// <summary>The Property Irregularity Report for delayed or damaged baggage.</summary>
    public static FieldDefinition PirReference { get; } = new("pir_reference", "Baggage file (PIR)", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = new() { Pattern = "[A-Z]{3}[A-Z0-9]{2}[0-9]{5}", PatternDescription = "a WorldTracer file reference: station, airline and 5 digits, e.g. TLLBN12345" },
        Description = "Opened at the baggage service desk; the passenger tracks the bag with it.",
    };
}
