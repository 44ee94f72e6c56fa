using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Pharmacy", "Community pharmacy", "1.1.0",
    Industry = "pharmacy",
    Description = "Community pharmacy: patient profile with allergies, conditions and drug plan, prescription fulfilment, refill and adherence, medication review and vaccination funnels, prescription labels, refill reminders and review summaries, counter, drive-through, e-prescription and refill-reminder channels.",
    Framework = "[1.1,2.0)")]
