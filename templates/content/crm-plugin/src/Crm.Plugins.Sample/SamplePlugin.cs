using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Plugins.Sample.Automation;
using Crm.Plugins.Sample.Demo;

namespace Crm.Plugins.Sample;

/// <summary>
/// The entry class of the Sample plugin: declares what this industry adds to the CRM kernel.
/// The host creates it once (it needs a public parameterless constructor) and calls <see cref="Configure"/>.
/// </summary>
public sealed class SamplePlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // The customer card.
        .AddField(SampleFields.Segment)
        .AddField(SampleFields.CustomerNumber)
        // The deal.
        .AddField(SampleFields.Product)
        .AddField(SampleFields.QuotedPrice)
        .AddField(SampleFields.ContractNumber)
        // The funnel and its document.
        .AddFunnel(SampleFunnels.Sales)
        .AddTemplate(SampleTemplates.Quote)
        // Automation: runs after a change committed.
        .OnEvent<DealStageChanged, WonDealHandOver>()
        // What 'crm demo sample' seeds.
        .AddDemoData(SampleDemoData.Create());
}
