using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Plugins;

public sealed class DeclarationRulesTests
{
    private sealed class DeclaringPlugin(Action<ICrmPluginBuilder> declare) : ICrmPlugin
    {
        public void Configure(ICrmPluginBuilder builder) => declare(builder);
    }

    private static PluginReport Compose(Action<ICrmPluginBuilder> declare) =>
        PluginComposer.Compose([CrmTestHost.Candidate(new DeclaringPlugin(declare))], new CrmSchema(), CrmFrameworkInfo.Version).Reports.Single();

    [Fact]
    public void A_stage_requiring_an_undeclared_deal_field_fails_the_plugin_at_load_naming_funnel_stage_and_field()
    {
        var report = Compose(b => b.AddFunnel(new FunnelDefinition("loans", "Loans",
        [
            new StageDefinition("application", "Application", 0.1m),
            new StageDefinition("approved", "Approved", 0.8m) { RequiredFields = ["interest_rate"] },
        ])));

        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Contains("funnel 'loans' stage 'approved' requires deal field 'interest_rate', which is not declared", report.Reason);
    }

    [Fact]
    public void A_required_deal_field_declared_by_the_same_plugin_is_fine()
    {
        var report = Compose(b => b
            .AddField(new FieldDefinition("interest_rate", "Rate", FieldType.Number, FieldTarget.Deal))
            .AddFunnel(new FunnelDefinition("loans", "Loans",
            [
                new StageDefinition("application", "Application", 0.1m) { RequiredFields = ["interest_rate"] },
            ])));

        Assert.Equal(PluginStatus.Loaded, report.Status);
    }

    [Theory]
    [InlineData(FieldType.Choice, null, null, null, "is a choice field without choices")]
    [InlineData(FieldType.Number, 10, 1, null, "has a minimum 10 above its maximum 1")]
    [InlineData(FieldType.Text, null, null, "[0-9", "has a pattern that is not a valid regular expression")]
    public void Broken_field_declarations_fail_the_plugin_at_load(FieldType type, int? min, int? max, string? pattern, string problem)
    {
        var report = Compose(b => b.AddField(new FieldDefinition("code", "Code", type, FieldTarget.Customer)
        {
            Constraints = new FieldConstraints { Min = min, Max = max, Pattern = pattern },
        }));

        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Contains($"customer field 'code' {problem}", report.Reason);
    }

    [Fact]
    public void An_enabled_industry_with_no_installed_plugin_is_reported()
    {
        var composition = PluginComposer.Compose([], new CrmSchema(), CrmFrameworkInfo.Version, enabled: ["insurance"]);

        var report = Assert.Single(composition.Reports);
        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Contains("'insurance' is enabled, but no installed plugin has that id or industry", report.Reason);
    }

    [Fact]
    public void Broken_application_declarations_stop_the_host_with_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(() => CrmTestHost.Create(o => o.App = app =>
            app.AddField(new FieldDefinition("tier", "Tier", FieldType.Choice, FieldTarget.Customer))));

        Assert.Contains("customer field 'tier' is a choice field without choices", error.Message);
    }

    [Fact]
    public void A_broken_plugin_the_workspace_does_not_enable_is_reported_disabled_with_its_reason_not_failed()
    {
        var broken = new BrokenPlugin("Crm.Plugins.Broken", "/plugins/Crm.Plugins.Broken/Crm.Plugins.Broken.dll", "it has no manifest");

        var enabledElsewhere = PluginComposer.Compose([], new CrmSchema(), CrmFrameworkInfo.Version, enabled: ["bank"], broken: [broken]).Reports;
        var allEnabled = PluginComposer.Compose([], new CrmSchema(), CrmFrameworkInfo.Version, enabled: null, broken: [broken]).Reports;

        var report = Assert.Single(enabledElsewhere, r => r.Manifest.Id == "Crm.Plugins.Broken");
        Assert.Equal(PluginStatus.Disabled, report.Status);
        Assert.Equal("it has no manifest", report.Reason);
        Assert.Equal(PluginStatus.Failed, Assert.Single(allEnabled).Status);
    }
}
