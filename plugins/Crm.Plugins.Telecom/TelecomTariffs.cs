namespace Crm.Plugins.Telecom;

/// <summary>
/// The operator's tariff catalogue: the plan keys shared by the customer's current plan and the plan sold on a deal.
/// The templates describe each plan (allowances, speed, list price); change both together.
/// </summary>
public static class TelecomTariffs
{
    /// <summary>Pay as you go: top-ups and 30-day bundles, no contract.</summary>
    public const string PaygFlex = "payg_flex";

    /// <summary>SIM-only pay monthly with 10 GB.</summary>
    public const string SimOnly10Gb = "sim_only_10gb";

    /// <summary>SIM-only pay monthly with 50 GB.</summary>
    public const string SimOnly50Gb = "sim_only_50gb";

    /// <summary>Unlimited data, 5G.</summary>
    public const string Unlimited = "unlimited";

    /// <summary>Unlimited data, 5G, roaming in 50 destinations included.</summary>
    public const string UnlimitedMax = "unlimited_max";

    /// <summary>Business line with unlimited data (prices exclude VAT).</summary>
    public const string BusinessUnlimited = "business_unlimited";

    /// <summary>Business lines sharing one data pool (prices exclude VAT).</summary>
    public const string BusinessSharedData = "business_shared_data";

    /// <summary>Full-fibre (FTTP) broadband, 150 Mbps.</summary>
    public const string Fibre150 = "fibre_150";

    /// <summary>Full-fibre (FTTP) broadband, 500 Mbps.</summary>
    public const string Fibre500 = "fibre_500";

    /// <summary>Full-fibre (FTTP) broadband, 900 Mbps.</summary>
    public const string Fibre900 = "fibre_900";

    /// <summary>Every plan in the catalogue, in price-list order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PaygFlex, SimOnly10Gb, SimOnly50Gb, Unlimited, UnlimitedMax,
        BusinessUnlimited, BusinessSharedData, Fibre150, Fibre500, Fibre900,
    ];

    /// <summary>Operators a number can be ported from or to (UK mobile and fixed networks).</summary>
    public static IReadOnlyList<string> Operators { get; } =
    [
        "ee", "vodafone", "o2", "three", "giffgaff", "tesco_mobile", "sky", "virgin_media", "bt", "talktalk", "other",
    ];
}
