using Crm.Framework.Pipelines;

namespace Crm.Plugins.Sample;

/// <summary>The Sample plugin's funnel: the stages a deal goes through, the moves allowed and what each stage needs.</summary>
public static class SampleFunnels
{
    /// <summary>The key of <see cref="Sales"/>.</summary>
    public const string SalesKey = "sample_sales";

    /// <summary>The won stage of <see cref="Sales"/>.</summary>
    public const string Won = "won";

    /// <summary>
    /// From the first contact to a signed contract. Deals start at the first stage; <c>Next</c> lists the
    /// stages a deal may move to; a stage's <c>RequiredFields</c> must be set to enter it.
    /// </summary>
    public static FunnelDefinition Sales { get; } = new(SalesKey, "Sample sales",
    [
        new("lead", "Lead", 0.10m) { Next = ["qualified", "lost"] },
        new("qualified", "Qualified", 0.30m) { Next = ["proposal", "lost"], RequiredFields = [SampleFields.Product.Key] },
        new("proposal", "Proposal sent", 0.60m) { Next = [Won, "lost"], RequiredFields = [SampleFields.QuotedPrice.Key] },
        new(Won, "Won", 1m, StageKind.Won),
        new("lost", "Lost", 0m, StageKind.Lost),
    ])
    {
        Description = "A lead is qualified, gets a proposal with a quoted price, and is won or lost. The deal amount is the expected value.",
    };
}
