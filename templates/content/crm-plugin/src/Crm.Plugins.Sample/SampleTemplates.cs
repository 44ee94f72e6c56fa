using Crm.Framework.Documents;

namespace Crm.Plugins.Sample;

/// <summary>The Sample plugin's documents: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class SampleTemplates
{
    /// <summary>The quote for a deal of the sales funnel.</summary>
    public static DocumentTemplateDefinition Quote { get; } =
        DocumentTemplateDefinition.FromResource(typeof(SampleTemplates).Assembly, "quote.scriban", "sample_quote", "Quote") with
        {
            RequiresDeal = true,
            Funnels = [SampleFunnels.SalesKey],
            Description = "The offer for a deal: product, quoted price and how to accept it.",
        };
}
