using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Bank", "Banking", "1.1.0",
    Industry = "bank",
    Description = "Retail and SME banking: KYC/AML and credit profile fields, loan, mortgage, account opening and card funnels, offer letters and branch, internet-banking and mobile channels.",
    Framework = "[1.1,2.0)")]
