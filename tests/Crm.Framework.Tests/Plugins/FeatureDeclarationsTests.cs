using Crm.Framework.Plugins;

namespace Crm.Framework.Tests.Plugins;

public sealed class FeatureDeclarationsTests
{
    private sealed record Script(string Key, string Title);

    [Fact]
    public void Declarations_are_found_by_kind_and_key_in_the_order_declared()
    {
        var schema = new CrmSchema();
        var bank = new PluginContribution("bank");
        bank.Declare("call script", "welcome", new Script("welcome", "Welcome call"))
            .Declare("call script", "retention", new Script("retention", "Retention call"))
            .Declare("product", "welcome", new Script("welcome", "A product may share a script's key"));

        Assert.Empty(schema.TryInclude(bank));

        Assert.Equal("Welcome call", schema.Find<Script>("call script", "welcome")!.Title);
        Assert.Equal(["welcome", "retention"], schema.All<Script>("call script").Select(s => s.Key));
        Assert.Equal("bank", schema.DeclaredBy("call script", "retention"));
        Assert.Null(schema.Find<Script>("call script", "missing"));
        var missing = Assert.Throws<NotFoundException>(() => schema.Require<Script>("call script", "missing"));
        Assert.Contains("known: retention, welcome", missing.Message);
    }

    [Fact]
    public void A_key_another_plugin_declared_for_the_same_kind_is_a_conflict_naming_both()
    {
        var schema = new CrmSchema();
        Assert.Empty(schema.TryInclude((PluginContribution)new PluginContribution("bank").Declare("call script", "welcome", new Script("welcome", "Bank"))));

        var conflicts = schema.TryInclude((PluginContribution)new PluginContribution("telecom").Declare("call script", "welcome", new Script("welcome", "Telecom")));

        Assert.Equal("call script 'welcome' is already declared by 'bank'", Assert.Single(conflicts));
        Assert.Equal("Bank", schema.Find<Script>("call script", "welcome")!.Title);
    }
}
