using Crm.Framework.Documents;

namespace Crm.Plugins.Airline;

/// <summary>The airline's documents: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class AirlineTemplates
{
    /// <summary>The e-ticket itinerary receipt for a ticketed flight booking.</summary>
    public static DocumentTemplateDefinition EticketReceipt { get; } = From("eticket_receipt", "E-ticket itinerary receipt") with
    {
        RequiresDeal = true,
        Funnels = [AirlineFunnels.FlightBookingKey, AirlineFunnels.GroupBookingKey],
        Description = "The passenger's itinerary and receipt: PNR, ticket number, flights, fare and taxes, baggage, SSRs and the notices the law requires.",
    };

    /// <summary>The group desk's quote.</summary>
    public static DocumentTemplateDefinition GroupBookingQuote { get; } = From("group_booking_quote", "Group booking quote") with
    {
        RequiresDeal = true,
        Funnels = [AirlineFunnels.GroupBookingKey],
        Description = "The offer to a group: flights, fare per passenger and total, free seats, option date, deposit, name list and ticketing deadlines.",
    };

    /// <summary>The summary of a corporate fare agreement for the company and its travel management company.</summary>
    public static DocumentTemplateDefinition CorporateFareAgreement { get; } = From("corporate_fare_agreement", "Corporate fare agreement summary") with
    {
        RequiresDeal = true,
        Funnels = [AirlineFunnels.CorporateTravelContractKey],
        Description = "The agreed (or proposed) terms: discount and cabins, tour code, validity, share commitment and how to book.",
    };

    /// <summary>The frequent flyer account statement.</summary>
    public static DocumentTemplateDefinition FfpStatement { get; } = From("ffp_statement", "Frequent flyer statement")
        with { Description = "The member's tier, tier miles and what is missing for the next tier, award miles and recent activity." };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(AirlineTemplates).Assembly, $"{key}.scriban", key, name);
}
