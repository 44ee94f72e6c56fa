using Crm.Framework;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;

namespace Crm.Plugins.Automotive;

/// <summary>
/// What Norvik Motors UK's dealers quote from, in pounds before VAT as business quotations are written: the cars
/// and the van at their best-selling trims, the service plan and annual service, the extended warranty and the MOT.
/// Vehicles, service plans and workshop labour carry 20% VAT; the extended warranty is insurance-backed, so it
/// carries 12% Insurance Premium Tax instead; the MOT fee is outside the scope of VAT.
/// </summary>
public static class AutomotiveCatalogue
{
    /// <summary>The family hatchback, mild hybrid, SE trim (£26,495 on the road with VAT).</summary>
    public static ProductDefinition KestrelSeMildHybrid { get; } = new("norvik_kestrel_se_mhev", "Norvik Kestrel SE 1.0 mild hybrid", Gbp(22_079.17m))
    {
        Kind = "vehicle", Unit = "vehicle", TaxRate = 0.20m, Sku = "NK-KES-SE-MH",
        Description = "5-door hatchback, 48V mild hybrid, 7-speed automatic; price before VAT.",
        Funnels = [AutomotiveFunnels.VehicleSaleKey],
    };

    /// <summary>The mid-size SUV, plug-in hybrid, SEL trim (£41,995 with VAT), the fleet favourite for its low benefit-in-kind.</summary>
    public static ProductDefinition OspreySelPlugInHybrid { get; } = new("norvik_osprey_sel_phev", "Norvik Osprey SEL plug-in hybrid", Gbp(34_995.83m))
    {
        Kind = "vehicle", Unit = "vehicle", TaxRate = 0.20m, Sku = "NK-OSP-SEL-PH",
        Description = "SUV, 1.5 turbo plug-in hybrid, 48 miles electric range; price before VAT.",
        Funnels = [AutomotiveFunnels.VehicleSaleKey],
    };

    /// <summary>The electric crossover, Long Range (£39,995 with VAT).</summary>
    public static ProductDefinition MerlinELongRange { get; } = new("norvik_merlin_e_long_range", "Norvik Merlin-e Long Range", Gbp(33_329.17m))
    {
        Kind = "vehicle", Unit = "vehicle", TaxRate = 0.20m, Sku = "NK-MER-LR",
        Description = "Electric crossover, 77 kWh battery, 310 miles WLTP, heat pump; price before VAT.",
        Funnels = [AutomotiveFunnels.VehicleSaleKey],
    };

    /// <summary>The panel van, Trend trim, priced before VAT as vans are.</summary>
    public static ProductDefinition FalconVanTrend { get; } = new("norvik_falcon_van_trend", "Norvik Falcon van L2 H2 Trend 2.0 diesel", Gbp(24_875.00m))
    {
        Kind = "vehicle", Unit = "vehicle", TaxRate = 0.20m, Sku = "NK-FAL-TR-L2",
        Description = "Medium-wheelbase panel van, 1,250 kg payload, 130 PS diesel; price before VAT.",
        Funnels = [AutomotiveFunnels.VehicleSaleKey],
    };

    /// <summary>Three years' servicing paid up front.</summary>
    public static ProductDefinition ServicePlan3Year { get; } = new("norvik_service_plan_3yr", "Norvik 3-year service plan", Gbp(499.00m))
    {
        Kind = "service_plan", Unit = "plan", TaxRate = 0.20m, Sku = "NK-SP-3Y",
        Description = "Three annual services at any Norvik dealer, prices fixed, transferable with the car.",
        Funnels = [AutomotiveFunnels.VehicleSaleKey, AutomotiveFunnels.WorkshopServiceKey],
    };

    /// <summary>Warranty cover for years four and five.</summary>
    public static ProductDefinition ExtendedWarranty { get; } = new("norvik_extended_warranty_2yr", "Norvik extended warranty, years 4 and 5", Gbp(695.00m))
    {
        Kind = "warranty", Unit = "vehicle", TaxRate = 0.12m, Sku = "NK-EW-2Y",
        Description = "Mechanical and electrical cover up to 100,000 miles after the 3-year warranty, with roadside assistance; insurance-backed, Insurance Premium Tax 12%.",
        Funnels = [AutomotiveFunnels.VehicleSaleKey, AutomotiveFunnels.WorkshopServiceKey],
    };

    /// <summary>The manufacturer's annual service at a fixed price.</summary>
    public static ProductDefinition AnnualService { get; } = new("workshop_annual_service", "Annual service, petrol and hybrid", Gbp(229.00m))
    {
        Kind = "service", Unit = "service", TaxRate = 0.20m, Sku = "WS-ANN-PH",
        Description = "Oil and filter, 40-point check, software updates and a report; covered by a service plan.",
        Funnels = [AutomotiveFunnels.WorkshopServiceKey],
    };

    /// <summary>The statutory MOT test for a car (class 4), at the maximum fee.</summary>
    public static ProductDefinition MotTest { get; } = new("mot_test_class_4", "MOT test, class 4", Gbp(54.85m))
    {
        Kind = "service", Unit = "test", TaxRate = 0m, Sku = "WS-MOT-4",
        Description = "The DVSA maximum fee; outside the scope of VAT. A free retest within 10 working days.",
        Funnels = [AutomotiveFunnels.WorkshopServiceKey],
    };

    /// <summary>Every product, in the order the plugin declares them.</summary>
    public static IReadOnlyList<ProductDefinition> All { get; } =
        [KestrelSeMildHybrid, OspreySelPlugInHybrid, MerlinELongRange, FalconVanTrend, ServicePlan3Year, ExtendedWarranty, AnnualService, MotTest];

    /// <summary>Declares the catalogue.</summary>
    public static ICrmPluginBuilder AddAutomotiveCatalogue(this ICrmPluginBuilder builder)
    {
        foreach (var product in All) builder.AddProduct(product);
        return builder;
    }

    private static Money Gbp(decimal amount) => new(amount, "GBP");
}
