using Crm.Framework;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;

namespace Crm.Plugins.Airline;

/// <summary>
/// What the call centre and the group desk quote from: published fares per passenger (Europe return, from
/// Tallinn) and the ancillaries sold with them. International passenger transport and the services bought with
/// the ticket are zero-rated for VAT; a lounge pass bought on its own carries Estonian VAT (24 %).
/// </summary>
public static class AirlineCatalogue
{
    /// <summary>Economy Classic: one cabin bag, changes for a fee, seat chosen at check-in.</summary>
    public static ProductDefinition EconomyClassic { get; } = new("fare_economy_classic", "Economy Classic fare, Europe return", Eur(255.00m))
    {
        Kind = "fare", Unit = "passenger", Sku = "FARE-Y-CLS",
        Description = "Booking classes K/L: cabin bag 8 kg, changes for 60 EUR, no refund; taxes and charges are quoted with the PNR.",
        Funnels = [AirlineFunnels.FlightBookingKey],
    };

    /// <summary>Economy Flex: a checked bag, free changes, refundable.</summary>
    public static ProductDefinition EconomyFlex { get; } = new("fare_economy_flex", "Economy Flex fare, Europe return", Eur(419.00m))
    {
        Kind = "fare", Unit = "passenger", Sku = "FARE-Y-FLX",
        Description = "Booking classes B/M: one 23 kg bag, free changes, refundable less 50 EUR.",
        Funnels = [AirlineFunnels.FlightBookingKey],
    };

    /// <summary>Business Flex: two bags, lounge, fully flexible.</summary>
    public static ProductDefinition BusinessFlex { get; } = new("fare_business_flex", "Business Flex fare, Europe return", Eur(812.00m))
    {
        Kind = "fare", Unit = "passenger", Sku = "FARE-J-FLX",
        Description = "Booking class J: two 32 kg bags, lounge access, fast track, free changes, fully refundable.",
        Funnels = [AirlineFunnels.FlightBookingKey],
    };

    /// <summary>The group desk's economy group fare (G class); one free seat per 20 passengers is given as a line discount.</summary>
    public static ProductDefinition GroupEconomy { get; } = new("fare_group_economy", "Group fare, economy, Europe return", Eur(289.00m))
    {
        Kind = "fare", Unit = "passenger", Sku = "FARE-G-GRP",
        Description = "Booking class G for 10 or more passengers: 10% deposit, names 21 days and tickets 14 days before departure.",
        Funnels = [AirlineFunnels.GroupBookingKey],
    };

    /// <summary>A 23 kg checked bag on both flights of a return.</summary>
    public static ProductDefinition CheckedBag { get; } = new("checked_bag_23kg", "Checked bag 23 kg, return", Eur(70.00m))
    {
        Kind = "ancillary", Unit = "bag", Sku = "ANC-BAG23",
        Description = "One bag up to 23 kg and 158 cm on the outbound and the return flight; 35 EUR a flight.",
        Funnels = [AirlineFunnels.FlightBookingKey, AirlineFunnels.GroupBookingKey],
    };

    /// <summary>Sports equipment in place of a checked bag.</summary>
    public static ProductDefinition SportsEquipment { get; } = new("sports_equipment", "Sports equipment, return", Eur(90.00m))
    {
        Kind = "ancillary", Unit = "item", Sku = "ANC-SPEQ",
        Description = "Skis, a golf bag, a bicycle in a box or a net of balls up to 23 kg, on both flights.",
        Funnels = [AirlineFunnels.FlightBookingKey, AirlineFunnels.GroupBookingKey],
    };

    /// <summary>A reserved seat with extra legroom.</summary>
    public static ProductDefinition ExtraLegroomSeat { get; } = new("seat_extra_legroom", "Extra legroom seat, return", Eur(48.00m))
    {
        Kind = "ancillary", Unit = "seat", Sku = "ANC-SEAT-XL",
        Description = "Rows 1 and 12 (emergency exit, adults only) on both flights; 24 EUR a flight.",
        Funnels = [AirlineFunnels.FlightBookingKey],
    };

    /// <summary>A single visit to the airline's lounge at Tallinn, bought on its own.</summary>
    public static ProductDefinition LoungePass { get; } = new("lounge_pass_tll", "Business lounge pass, Tallinn", Eur(35.00m))
    {
        Kind = "ancillary", Unit = "visit", TaxRate = 0.24m, Sku = "ANC-LNG-TLL",
        Description = "Three hours in the Tallinn lounge before departure; Estonian VAT (24%) is added, as the pass is not part of a ticket.",
    };

    /// <summary>Every product, in the order the plugin declares them.</summary>
    public static IReadOnlyList<ProductDefinition> All { get; } =
        [EconomyClassic, EconomyFlex, BusinessFlex, GroupEconomy, CheckedBag, SportsEquipment, ExtraLegroomSeat, LoungePass];

    /// <summary>Declares the catalogue.</summary>
    public static ICrmPluginBuilder AddAirlineCatalogue(this ICrmPluginBuilder builder)
    {
        foreach (var product in All) builder.AddProduct(product);
        return builder;
    }

    private static Money Eur(decimal amount) => new(amount, "EUR");
}
