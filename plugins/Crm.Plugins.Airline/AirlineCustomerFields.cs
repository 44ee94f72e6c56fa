using Crm.Framework.Fields;

namespace Crm.Plugins.Airline;

/// <summary>
/// The passenger profile and the account card: frequent flyer membership, travel document (APIS),
/// special service requests (SSR) stored as standing preferences, and the corporate or agency account.
/// </summary>
public static class AirlineCustomerFields
{
    /// <summary>Frequent flyer programme membership number, indexed for look-up at the desk and in the call centre.</summary>
    public static FieldDefinition FfpNumber { get; } = new("ffp_number", "Frequent flyer number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{9}", PatternDescription = "the 9-digit number on the frequent flyer card, e.g. 100482731" },
        Description = "The loyalty programme number; added to every PNR so the flights earn miles.",
    };

    /// <summary>The member's current tier.</summary>
    public static FieldDefinition FfpTier { get; } = new("ffp_tier", "Frequent flyer tier", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = AirlineTiers.All },
        Description = "Blue (entry), Silver (25,000 tier miles a year), Gold (50,000) or Platinum (100,000). Decides priority check-in, lounge access and waitlist priority.",
    };

    /// <summary>Award miles the member can spend.</summary>
    public static FieldDefinition FfpAwardMiles { get; } = new("ffp_award_miles", "Award miles balance", FieldType.Number, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0, Max = 10_000_000 },
        Description = "Miles that can be redeemed for award tickets and upgrades; they expire 36 months after they were earned.",
    };

    /// <summary>Tier miles earned in the current qualification year.</summary>
    public static FieldDefinition FfpTierMiles { get; } = new("ffp_tier_miles", "Tier miles this year", FieldType.Number, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Min = 0, Max = 1_000_000 },
        Description = "Tier-qualifying miles flown since the start of the qualification year; they decide the next tier.",
    };

    /// <summary>When the current tier ends unless it is requalified.</summary>
    public static FieldDefinition FfpTierValidUntil { get; } = new("ffp_tier_valid_until", "Tier valid until", FieldType.Date, FieldTarget.Customer);

    /// <summary>Date of birth as in the passport (APIS data).</summary>
    public static FieldDefinition PassengerDateOfBirth { get; } = new("passenger_date_of_birth", "Date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Sent with the passport in the Advance Passenger Information (APIS) to the destination's border authority.",
    };

    /// <summary>Passport number: a government identity number, sensitive, indexed for check-in look-up.</summary>
    public static FieldDefinition PassengerPassportNumber { get; } = new("passenger_passport_number", "Passport number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new() { Pattern = "[A-Z0-9]{6,9}", PatternDescription = "6 to 9 capital letters and digits as printed in the passport, without spaces" },
        Description = "The travel document for APIS; masked in lists and the audit trail, never printed on receipts.",
    };

    /// <summary>When the passport expires.</summary>
    public static FieldDefinition PassengerPassportExpiry { get; } = new("passenger_passport_expiry", "Passport expiry", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Many countries require six months' validity after the return date.",
    };

    /// <summary>The state that issued the passport.</summary>
    public static FieldDefinition PassengerPassportCountry { get; } = new("passenger_passport_country", "Passport issuing state", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Pattern = "[A-Z]{3}", PatternDescription = "the three-letter ICAO code of the issuing state, e.g. EST or GBR" },
    };

    /// <summary>A standing special meal request (SSR meal code): it can reveal religion or health, so it is sensitive.</summary>
    public static FieldDefinition PassengerMealSsr { get; } = new("passenger_meal_ssr", "Special meal (SSR)", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["AVML", "BLML", "CHML", "DBML", "GFML", "HNML", "KSML", "LFML", "MOML", "VGML", "VLML"] },
        Description = "IATA meal codes, e.g. VGML vegan, KSML kosher, MOML Muslim, DBML diabetic, GFML gluten-free; added to every booking.",
    };

    /// <summary>Standing assistance requests (SSR codes): health data, so sensitive.</summary>
    public static FieldDefinition PassengerAssistanceSsr { get; } = new("passenger_assistance_ssr", "Assistance (SSR)", FieldType.MultiChoice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Constraints = new() { Choices = ["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA", "MEDA"] },
        Description = "Passengers with reduced mobility (PRM): wheelchair to the aircraft door (WCHR), for steps (WCHS), to the seat (WCHC); blind, deaf, intellectual or developmental disability, medical case.",
    };

    /// <summary>Window or aisle.</summary>
    public static FieldDefinition PassengerSeatPreference { get; } = new("passenger_seat_preference", "Seat preference", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["window", "aisle", "no_preference"] },
    };

    /// <summary>How the passenger wants flight information and offers to reach them.</summary>
    public static FieldDefinition PassengerContactChannel { get; } = new("passenger_contact_channel", "Preferred contact channel", FieldType.Choice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["email", "sms", "airline_app", "phone"] },
        Description = "Used for schedule changes and disruption messages as well as offers.",
    };

    /// <summary>Consent to offers and the frequent flyer newsletter.</summary>
    public static FieldDefinition PassengerMarketingConsent { get; } = new("passenger_marketing_consent", "Marketing consent", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Without it only service messages (schedule changes, check-in, disruption) may be sent.",
    };

    /// <summary>The airport the customer usually flies from.</summary>
    public static FieldDefinition HomeAirport { get; } = new("home_airport", "Home airport", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = AirlineRules.AirportCode,
        Description = "Route offers and lounge invitations are targeted by it.",
    };

    /// <summary>What kind of account this is.</summary>
    public static FieldDefinition AirlineAccountType { get; } = new("airline_account_type", "Account type", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["leisure", "business_traveller", "corporate", "sme", "travel_agency", "tour_operator", "group_organiser"] },
        Description = "Leisure and business travellers are persons; corporates and SMEs sign fare agreements; agencies and tour operators sell our seats.",
    };

    /// <summary>The IATA code of a travel agency or tour operator.</summary>
    public static FieldDefinition IataAgencyNumber { get; } = new("iata_agency_number", "IATA agency number", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "[0-9]{8}", PatternDescription = "the 8-digit IATA agency code, e.g. 77201345" },
        Description = "Identifies the agency in BSP settlement and on the tickets it issues.",
    };

    /// <summary>An organisation's yearly air travel spend with all airlines.</summary>
    public static FieldDefinition AnnualAirSpend { get; } = new("annual_air_spend", "Annual air travel spend", FieldType.Money, FieldTarget.Customer)
    {
        Constraints = new() { Min = 0 },
        Description = "All carriers, from the travel management company's report; the size of the prize for a corporate agreement.",
    };
}

/// <summary>The frequent flyer tiers and the tier miles needed to reach them in a qualification year.</summary>
public static class AirlineTiers
{
    /// <summary>The tiers from the entry level up.</summary>
    public static string[] All { get; } = ["blue", "silver", "gold", "platinum"];

    /// <summary>Tier miles a year to reach each tier.</summary>
    public static IReadOnlyDictionary<string, int> Thresholds { get; } = new Dictionary<string, int>
    {
        ["blue"] = 0, ["silver"] = 25_000, ["gold"] = 50_000, ["platinum"] = 100_000,
    };
}
