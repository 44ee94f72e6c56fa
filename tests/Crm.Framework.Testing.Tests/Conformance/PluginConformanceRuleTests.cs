using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Framework.Testing.Conformance;
using MediatR;

namespace Crm.Framework.Testing.Tests.Conformance;

/// <summary>The conformance kit fails a deliberately broken plugin — one test per rule — and passes the unbroken one.</summary>
public sealed class PluginConformanceRuleTests
{
    private static async Task<IReadOnlyList<ConformanceProblem>> AllProblems(ICrmPlugin plugin) =>
    [
        .. PluginConformance.CheckDeclarations(plugin),
        .. PluginConformance.CheckTemplateFields(plugin),
        .. await PluginConformance.CheckDemoDataAndTemplatesAsync(plugin),
    ];

    private static ConformanceProblem Only(IReadOnlyList<ConformanceProblem> problems, ConformanceRule rule)
    {
        Assert.All(problems, p => Assert.Equal(rule, p.Rule));
        return Assert.Single(problems);
    }

    [Fact]
    public async Task The_unbroken_plugin_keeps_every_rule_but_the_manifest_it_lacks()
    {
        Assert.Empty(await AllProblems(new BrokenPlugin()));
    }

    [Fact]
    public void Manifest_a_plugin_assembly_without_a_manifest_fails()
    {
        var problem = Assert.Single(PluginConformance.CheckManifest(new BrokenPlugin()), p => p.Message.Contains("no [assembly: CrmPlugin"));
        Assert.Equal(ConformanceRule.Manifest, problem.Rule);
    }

    [Fact]
    public void Manifest_a_framework_range_that_excludes_this_framework_fails()
    {
        var problems = PluginConformance.CheckManifest(new Crm.TestPlugins.FutureVersion.FuturePlugin());

        Assert.Contains(problems, p => p.Rule == ConformanceRule.Manifest && p.Message.Contains("[2.0,3.0) excludes this framework"));
    }

    [Theory]
    [InlineData("script", "call script 'follow_up' is written for funnel 'returns', which is not declared")]
    [InlineData("product", "product 'gift_wrap' is sold in funnel 'returns', which is not declared")]
    [InlineData("policy", "SLA policy 'gold' escalates to team 'gold_desk', which is not declared")]
    [InlineData("rule", "assignment rule 'web' hands leads to team 'web_sales', which is not declared")]
    public void ReferencesDeclared_a_script_product_policy_or_rule_pointing_nowhere_fails(string what, string expected)
    {
        var problems = PluginConformance.CheckDeclarations(new BrokenPlugin(b => _ = what switch
        {
            "script" => b.AddCallScript(new CallScript("follow_up", "Follow-up", "Chase", [CallScriptStep.Say("Hello")]) { Funnel = "returns" }),
            "product" => b.AddProduct(new ProductDefinition("gift_wrap", "Gift wrap", Money.Of(3m, "EUR")) { Funnels = ["returns"] }),
            "policy" => b.AddSlaPolicy(new SlaPolicy("gold", "Gold", SlaPolicy.Standard.Targets) { EscalationTeam = "gold_desk" }),
            _ => b.AddAssignmentRule(AssignmentRule.RoundRobin("web", "web_sales")),
        }));

        var problem = Only(problems, ConformanceRule.ReferencesDeclared);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void ReferencesDeclared_references_to_the_plugins_own_funnels_stages_and_teams_pass()
    {
        var problems = PluginConformance.CheckDeclarations(new BrokenPlugin(b => b
            .AddTeam(new TeamDefinition("web_sales", "Web sales", ["maria"]))
            .AddAssignmentRule(AssignmentRule.RoundRobin("web", "web_sales"))
            .AddSlaPolicy(new SlaPolicy("gold", "Gold", SlaPolicy.Standard.Targets) { EscalationTeam = "web_sales" })
            .AddProduct(new ProductDefinition("gift_wrap", "Gift wrap", Money.Of(3m, "EUR")) { Funnels = ["orders"] })
            .AddCallScript(new CallScript("follow_up", "Follow-up", "Chase", [CallScriptStep.Say("Hello")]) { Funnel = "orders", Stage = "quote" })));

        Assert.Empty(problems);
    }

    [Fact]
    public void Configures_a_plugin_that_throws_fails()
    {
        var problem = Assert.Single(PluginConformance.CheckDeclarations(new Crm.TestPlugins.Throwing.ThrowingPlugin()));

        Assert.Equal(ConformanceRule.Configures, problem.Rule);
        Assert.Contains("the licence file is missing", problem.Message);
    }

    [Fact]
    public void UniqueKeys_a_key_declared_twice_or_taken_by_the_kernel_fails()
    {
        var problems = PluginConformance.CheckDeclarations(new BrokenPlugin(b => b
            .AddChannel(new ChannelDefinition("phone", "Phone again"))
            .AddField(new FieldDefinition("tier", "Tier again", FieldType.Text, FieldTarget.Customer))));

        Assert.All(problems, p => Assert.Equal(ConformanceRule.UniqueKeys, p.Rule));
        Assert.Contains(problems, p => p.Message.Contains("channel 'phone' is already declared by 'kernel'"));
        Assert.Contains(problems, p => p.Message.Contains("customer field 'tier' is declared twice"));
    }

    [Fact]
    public void FieldDefinitions_a_choice_field_without_choices_fails()
    {
        var problem = Only(PluginConformance.CheckDeclarations(new BrokenPlugin(b =>
            b.AddField(new FieldDefinition("channel_mix", "Mix", FieldType.MultiChoice, FieldTarget.Customer)))), ConformanceRule.FieldDefinitions);

        Assert.Contains("'channel_mix' is a choice field without choices", problem.Message);
    }

    [Fact]
    public void FunnelShape_a_funnel_without_a_lost_stage_fails()
    {
        var plugin = new BrokenPlugin { FunnelToUse = BrokenPlugin.Funnel(
            new StageDefinition("lead", "Lead", 0.1m) { Next = ["won"] },
            new StageDefinition("won", "Won", 1m, StageKind.Won)) };

        var problem = Only(PluginConformance.CheckDeclarations(plugin), ConformanceRule.FunnelShape);

        Assert.Contains("funnel 'orders' has no lost stage", problem.Message);
    }

    [Fact]
    public void FunnelShape_an_unreachable_stage_and_an_unreachable_won_stage_fail()
    {
        var plugin = new BrokenPlugin { FunnelToUse = BrokenPlugin.Funnel(
            new StageDefinition("lead", "Lead", 0.1m) { Next = ["lost"] },
            new StageDefinition("quote", "Quote", 0.5m) { Next = ["won"] },
            new StageDefinition("won", "Won", 1m, StageKind.Won),
            new StageDefinition("lost", "Lost", 0m, StageKind.Lost)) };

        var problems = PluginConformance.CheckDeclarations(plugin);

        Assert.All(problems, p => Assert.Equal(ConformanceRule.FunnelShape, p.Rule));
        Assert.Contains(problems, p => p.Message.Contains("cannot reach a won stage from 'lead'"));
        Assert.Contains(problems, p => p.Message.Contains("stage 'quote' cannot be reached from 'lead'"));
    }

    [Fact]
    public void RequiredFieldsDeclared_a_stage_requiring_an_undeclared_field_fails()
    {
        var problems = PluginConformance.CheckDeclarations(new BrokenPlugin(declareRequiredField: false));

        var problem = Only(problems, ConformanceRule.RequiredFieldsDeclared);
        Assert.Contains("stage 'quote' requires deal field 'discount', which is not declared", problem.Message);
    }

    [Fact]
    public void TemplateFieldsDeclared_a_misspelt_field_in_a_template_fails_naming_template_and_line()
    {
        var plugin = new BrokenPlugin(template: "Dear {{ customer.name }},\nyour tier: {{ customer.fields.teir ?? \"none\" }}");

        var problem = Only(PluginConformance.CheckTemplateFields(plugin), ConformanceRule.TemplateFieldsDeclared);

        Assert.Contains("template 'order_letter' line 2 uses 'customer.fields.teir'", problem.Message);
    }

    [Fact]
    public async Task DemoDataValid_demo_data_that_breaks_a_field_rule_fails_naming_the_customer()
    {
        var plugin = new BrokenPlugin
        {
            Demo = new DemoData([new DemoCustomer(new CreateCustomer { Name = "Bad Tier", Fields = new Dictionary<string, object?> { ["tier"] = "platinum" } })]),
        };

        var problems = await PluginConformance.CheckDemoDataAndTemplatesAsync(plugin);

        var problem = Assert.Single(problems, p => p.Rule == ConformanceRule.DemoDataValid);
        Assert.Contains("demo customer 'Bad Tier' does not seed", problem.Message);
        Assert.Contains("'tier'", problem.Message);
    }

    public sealed class FailingAutomation : INotificationHandler<CustomerCreated>
    {
        public Task Handle(CustomerCreated notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the welcome mail server is down");
    }

    [Fact]
    public async Task DemoDataValid_automation_that_throws_while_seeding_fails()
    {
        var problems = await PluginConformance.CheckDemoDataAndTemplatesAsync(new BrokenPlugin(b => b.OnEvent<CustomerCreated, FailingAutomation>()));

        var problem = Only(problems, ConformanceRule.DemoDataValid);
        Assert.Contains("the welcome mail server is down", problem.Message);
    }

    [Fact]
    public async Task TemplatesRender_a_template_that_fails_on_the_demo_data_fails_naming_template_and_deal()
    {
        var plugin = new BrokenPlugin(template: "Dear {{ custmer.name }}");

        var problem = Only(await PluginConformance.CheckDemoDataAndTemplatesAsync(plugin), ConformanceRule.TemplatesRender);

        Assert.Contains("template 'order_letter' does not render for demo deal 'First order' of 'Ada Lovelace'", problem.Message);
        Assert.Contains("line 1", problem.Message);
    }

    [Fact]
    public void TemplatesRender_a_template_written_for_an_undeclared_funnel_fails()
    {
        var plugin = new BrokenPlugin(b => b.AddTemplate(new Documents.DocumentTemplateDefinition("invoice", "Invoice", "x") { RequiresDeal = true, Funnels = ["billing"] }));

        var problem = Only(PluginConformance.CheckDeclarations(plugin), ConformanceRule.TemplatesRender);

        Assert.Contains("template 'invoice' is written for funnel 'billing', which is not declared", problem.Message);
    }

    [Fact]
    public void LoadsWithOthers_a_plugin_sharing_a_key_with_another_built_plugin_fails()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "plugins");

        var problem = Only(PluginConformance.CheckLoadsWithOthers(folder, "Crm.TestPlugins.Loyalty"), ConformanceRule.LoadsWithOthers);

        Assert.Contains("'loyalty_tier'", problem.Message);
        Assert.Contains("Crm.TestPlugins.LoyaltyCopy", problem.Message);
    }

    [Fact]
    public void LoadsWithOthers_a_plugin_missing_from_the_built_plugins_fails()
    {
        var problem = Only(PluginConformance.CheckLoadsWithOthers(Path.Combine(AppContext.BaseDirectory, "plugins"), "Crm.Plugins.Nowhere"), ConformanceRule.LoadsWithOthers);

        Assert.Contains("not among the built plugins", problem.Message);
    }
}
