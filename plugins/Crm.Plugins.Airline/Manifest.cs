using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Airline", "Airline", "1.1.0",
    Industry = "airline",
    Description = "Airline passenger and corporate sales: frequent flyer, passport and SSR fields, PNR and ticket data, flight booking, group booking and corporate fare agreement funnels, e-ticket receipts, group quotes and check-in desk, lounge, call-centre and app channels.",
    Framework = "[1.1,2.0)")]
