using Crm.Framework.Plugins;

// The id is the assembly name and the folder the host loads it from: plugins/Crm.Plugins.Sample/Crm.Plugins.Sample.dll.
// Industry is what 'crm init --industry sample' asks for. Framework is the range of framework versions this plugin supports.
[assembly: CrmPlugin("Crm.Plugins.Sample", "Sample", "1.0.0",
    Industry = "sample",
    Description = "Sample: customer and deal fields, a sales funnel from lead to won or lost, a quote document and demo data.",
    Framework = "[1.0,2.0)")]
