using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;

namespace Crm.Framework.Testing.Tests.Conformance;

/// <summary>A small plugin that keeps every rule, which each test breaks in exactly one way.</summary>
public sealed class BrokenPlugin(Action<ICrmPluginBuilder>? breakIt = null, bool declareRequiredField = true, string template = BrokenPlugin.DefaultTemplate) : ICrmPlugin
{
    public const string DefaultTemplate = "Dear {{ customer.name }}, tier {{ customer.fields.tier ?? \"none\" }}, {{ deal.title }} at {{ deal.fields.discount }} %.";

    public static FunnelDefinition Funnel(params StageDefinition[] stages) => new("orders", "Orders", stages);

    public static FunnelDefinition GoodFunnel { get; } = Funnel(
        new StageDefinition("lead", "Lead", 0.1m) { Next = ["quote", "lost"] },
        new StageDefinition("quote", "Quote", 0.5m) { Next = ["won", "lost"], RequiredFields = ["discount"] },
        new StageDefinition("won", "Won", 1m, StageKind.Won),
        new StageDefinition("lost", "Lost", 0m, StageKind.Lost));

    public FunnelDefinition FunnelToUse { get; init; } = GoodFunnel;

    public DemoData Demo { get; init; } = new([
        new DemoCustomer(new CreateCustomer { Name = "Ada Lovelace", Fields = new Dictionary<string, object?> { ["tier"] = "gold" } })
        {
            Deals = [new DemoDeal("orders", "First order", Money.Of(100, "EUR")) { Path = [new DemoStep("quote") { Fields = new Dictionary<string, object?> { ["discount"] = 5 } }] }],
            Interactions = [new DemoInteraction("shop", "Visited the shop", 2)],
        },
    ]);

    public void Configure(ICrmPluginBuilder builder)
    {
        builder
            .AddField(new FieldDefinition("tier", "Tier", FieldType.Choice, FieldTarget.Customer) { Constraints = new FieldConstraints { Choices = ["silver", "gold"] } })
            .AddChannel(new ChannelDefinition("shop", "Shop"))
            .AddFunnel(FunnelToUse)
            .AddTemplate(new DocumentTemplateDefinition("order_letter", "Order letter", template) { RequiresDeal = true })
            .AddDemoData(Demo);
        if (declareRequiredField)
            builder.AddField(new FieldDefinition("discount", "Discount", FieldType.Number, FieldTarget.Deal) { Constraints = new FieldConstraints { Min = 0, Max = 50 } });
        breakIt?.Invoke(builder);
    }
}
