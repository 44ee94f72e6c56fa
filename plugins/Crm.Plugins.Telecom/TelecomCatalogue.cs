using Crm.Framework;
using Crm.Framework.Sales;

namespace Crm.Plugins.Telecom;

/// <summary>
/// The products quotes are made from: tariffs (keyed like <see cref="TelecomTariffs"/>), an add-on and a handset.
/// Prices are in GBP without VAT, and every line carries UK VAT at 20 %: a consumer tariff's net price is its list
/// price with VAT divided by 1.2 (Unlimited Max: £25.00 + VAT = £30.00 a month), a business tariff's is its list
/// price. Tariffs are priced per month (per line-month for business fleets), so a quote for the minimum term comes
/// to the deal amount: monthly charge × term × lines.
/// </summary>
public static class TelecomCatalogue
{
    /// <summary>UK standard VAT rate.</summary>
    public const decimal UkVat = 0.20m;

    private const string Month = "month";
    private const string LineMonth = "line-month";

    private static Money Gbp(decimal amount) => Money.Of(amount, "GBP");

    /// <summary>Unlimited Max: £30.00 a month with VAT.</summary>
    public static ProductDefinition UnlimitedMax { get; } = new(TelecomTariffs.UnlimitedMax, "Unlimited Max (5G, roaming in 50 destinations)", Gbp(25.00m))
    {
        Kind = "tariff", Unit = Month, TaxRate = UkVat, Sku = "TAR-UMAX",
        Description = "Unlimited 5G data, UK minutes and texts, and the allowance in 50 roaming destinations.",
        Funnels = [TelecomFunnels.NewConnectionKey, TelecomFunnels.ContractRenewalKey],
    };

    /// <summary>SIM Only 50GB: £15.00 a month with VAT.</summary>
    public static ProductDefinition SimOnly50Gb { get; } = new(TelecomTariffs.SimOnly50Gb, "SIM Only 50GB", Gbp(12.50m))
    {
        Kind = "tariff", Unit = Month, TaxRate = UkVat, Sku = "TAR-SO50",
        Description = "50 GB of 5G data, unlimited UK minutes and texts, EU roaming included.",
        Funnels = [TelecomFunnels.NewConnectionKey, TelecomFunnels.ContractRenewalKey],
    };

    /// <summary>The roaming add-on for destinations outside the included 50: £6.00 a month with VAT.</summary>
    public static ProductDefinition RoamFurther { get; } = new("roam_further", "Roam Further add-on (USA, Canada, Australia and 40 more)", Gbp(5.00m))
    {
        Kind = "add_on", Unit = Month, TaxRate = UkVat, Sku = "ADD-ROAMFURTHER",
        Description = "Use the UK allowance in 40 more destinations, the USA, Canada and Australia among them.",
        Funnels = [TelecomFunnels.NewConnectionKey, TelecomFunnels.ContractRenewalKey],
    };

    /// <summary>An iPhone bought outright: £799.00 with VAT.</summary>
    public static ProductDefinition Iphone16 { get; } = new("iphone_16_128gb", "Apple iPhone 16 128GB", Gbp(665.83m))
    {
        Kind = "device", TaxRate = UkVat, Sku = "DEV-APL-IP16-128",
        Description = "Cash price; can be spread over a 24- or 36-month device plan at 0 % APR.",
        Funnels = [TelecomFunnels.NewConnectionKey, TelecomFunnels.ContractRenewalKey],
    };

    /// <summary>Full Fibre 900: £45.00 a month with VAT.</summary>
    public static ProductDefinition Fibre900 { get; } = new(TelecomTariffs.Fibre900, "Full Fibre 900", Gbp(37.50m))
    {
        Kind = "tariff", Unit = Month, TaxRate = UkVat, Sku = "BB-FTTP-900",
        Description = "900 Mbps full fibre, unlimited usage, Wi-Fi 7 router and a mesh pod.",
        Funnels = [TelecomFunnels.BroadbandInstallationKey],
    };

    /// <summary>Business Unlimited: £18.00 a line a month, excluding VAT.</summary>
    public static ProductDefinition BusinessUnlimited { get; } = new(TelecomTariffs.BusinessUnlimited, "Business Unlimited", Gbp(18.00m))
    {
        Kind = "tariff", Unit = LineMonth, TaxRate = UkVat, Sku = "BIZ-UNL",
        Description = "Per line: unlimited 5G data, UK and EU minutes and texts, spend caps in the business portal.",
        Funnels = [TelecomFunnels.BusinessFleetKey],
    };

    /// <summary>Business Shared Data: £8.00 a line a month, excluding VAT; the pool is priced on the deal.</summary>
    public static ProductDefinition BusinessSharedData { get; } = new(TelecomTariffs.BusinessSharedData, "Business Shared Data", Gbp(8.00m))
    {
        Kind = "tariff", Unit = LineMonth, TaxRate = UkVat, Sku = "BIZ-SHARED",
        Description = "Per line: unlimited UK minutes and texts, data from the company's shared pool.",
        Funnels = [TelecomFunnels.BusinessFleetKey],
    };
}
