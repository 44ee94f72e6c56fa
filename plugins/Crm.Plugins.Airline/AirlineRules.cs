using Crm.Framework.Fields;

namespace Crm.Plugins.Airline;

/// <summary>The formats shared by several airline fields: airport codes, flight numbers and cabins.</summary>
public static class AirlineRules
{
    /// <summary>A three-letter IATA airport (station) code such as TLL or LHR.</summary>
    public static FieldConstraints AirportCode { get; } = new()
    {
        Pattern = "[A-Z]{3}",
        PatternDescription = "a three-letter IATA airport code in capitals, e.g. TLL or LHR",
    };

    /// <summary>A flight number: the two-character airline designator and one to four digits.</summary>
    public static FieldConstraints FlightNumber { get; } = new()
    {
        Pattern = "[A-Z0-9]{2}[0-9]{1,4}",
        PatternDescription = "an airline designator and 1-4 digits without a space, e.g. BN301",
    };

    /// <summary>A local departure time, 24-hour clock.</summary>
    public static FieldConstraints LocalTime { get; } = new()
    {
        Pattern = "([01][0-9]|2[0-3]):[0-5][0-9]",
        PatternDescription = "a local time as HH:MM on the 24-hour clock, e.g. 07:25",
    };

    /// <summary>The cabins a seat is sold in, from the back of the aircraft to the front.</summary>
    public static IReadOnlyList<string> Cabins { get; } = ["economy", "premium_economy", "business", "first"];
}
