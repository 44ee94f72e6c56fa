using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Automotive", "Automotive (car manufacturer and dealers)", "1.1.0",
    Industry = "automotive",
    Description = "A car manufacturer and its dealer network: driver, vehicle and fleet fields, the vehicle sale funnel from configurator lead to handover with motor finance and part-exchange, workshop service and warranty claim funnels, quotation, finance, order, test-drive, service and warranty letters, and showroom, configurator, test-drive, service reception, roadside and connected-car channels.",
    Framework = "[1.1,2.0)")]
