using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Telecom", "Telecom operator", "1.1.0",
    Industry = "telecom",
    Description = "Mobile and fixed-line operator: subscriber, MSISDN, SIM and tariff fields, new connection with number porting, fibre installation, B2B fleet and contract renewal funnels, contract summaries, porting confirmations and welcome letters, retail store, call centre, self-care app, USSD and field technician channels.",
    Framework = "[1.1,2.0)")]
