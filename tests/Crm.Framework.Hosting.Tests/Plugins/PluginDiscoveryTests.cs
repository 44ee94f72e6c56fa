using Crm.Framework.Fields;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Plugins;

namespace Crm.Framework.Hosting.Tests.Plugins;

public sealed class PluginDiscoveryTests
{
    private static PluginComposition Compose(PluginFolder folder, IReadOnlyCollection<string>? enabled = null)
    {
        var (found, broken) = PluginDiscovery.Discover(folder.Path);
        return PluginComposer.Compose(found, new CrmSchema(), CrmFrameworkInfo.Version, enabled, broken);
    }

    private static PluginReport Report(PluginComposition c, string id) => Assert.Single(c.Reports, r => r.Manifest.Id == id);

    [Fact]
    public void A_good_plugin_loads_from_its_built_dll_and_its_declarations_reach_the_schema()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.Loyalty");

        var composition = Compose(folder);

        var report = Report(composition, "Crm.TestPlugins.Loyalty");
        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("1.2.0", report.Manifest.Version);
        Assert.Equal("retail", report.Manifest.Industry);
        Assert.Equal(FieldType.Choice, composition.Schema.FindField(FieldTarget.Customer, "loyalty_tier")?.Type);
        Assert.NotNull(composition.Schema.FindChannel("loyalty_app"));
    }

    [Fact]
    public void The_bank_plugin_loads_from_its_built_dll()
    {
        using var folder = new PluginFolder("Crm.Plugins.Bank");

        var composition = Compose(folder);

        Assert.Equal(PluginStatus.Loaded, Report(composition, "Crm.Plugins.Bank").Status);
        Assert.NotEmpty(composition.Schema.Funnels);
        Assert.NotEmpty(composition.Schema.Templates);
    }

    [Fact]
    public void A_plugin_that_throws_while_configuring_is_reported_by_name_and_the_others_keep_working()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.Throwing", "Crm.TestPlugins.Loyalty");

        var composition = Compose(folder);

        var failed = Report(composition, "Crm.TestPlugins.Throwing");
        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Contains("'Crm.TestPlugins.Throwing'", failed.Reason);
        Assert.Contains("the licence file is missing", failed.Reason);
        Assert.Equal(PluginStatus.Loaded, Report(composition, "Crm.TestPlugins.Loyalty").Status);
    }

    [Fact]
    public void A_plugin_declaring_a_key_another_plugin_declared_is_reported_naming_both_and_adds_nothing()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.Loyalty", "Crm.TestPlugins.LoyaltyCopy");

        var composition = Compose(folder);

        var failed = Report(composition, "Crm.TestPlugins.LoyaltyCopy");
        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Contains("'loyalty_tier'", failed.Reason);
        Assert.Contains("'Crm.TestPlugins.Loyalty'", failed.Reason);
        Assert.Null(composition.Schema.FindField(FieldTarget.Customer, "vip_since")); // its other declarations were dropped too
        Assert.Equal(FieldType.Choice, composition.Schema.FindField(FieldTarget.Customer, "loyalty_tier")?.Type);
    }

    [Fact]
    public void A_plugin_for_another_framework_version_is_reported_with_both_versions()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.FutureVersion");

        var failed = Report(Compose(folder), "Crm.TestPlugins.FutureVersion");

        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Contains("[2.0,3.0)", failed.Reason);
        Assert.Contains(CrmFrameworkInfo.Version.ToString(3), failed.Reason);
    }

    [Fact]
    public void A_plugin_whose_dependency_is_not_installed_is_reported_naming_the_dependency()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.NeedsMissing");

        var failed = Report(Compose(folder), "Crm.TestPlugins.NeedsMissing");

        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Contains("'Crm.Plugins.Insurance'", failed.Reason);
    }

    [Fact]
    public void A_dll_without_a_manifest_is_reported_as_not_a_plugin()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.NoManifest");

        var failed = Report(Compose(folder), "Crm.TestPlugins.NoManifest");

        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Contains("CrmPlugin", failed.Reason);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_and_a_folder_without_its_dll_are_reported()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.Loyalty");
        folder.AddRaw("Crm.Plugins.Garbage", "this is not a .NET assembly"u8.ToArray());
        Directory.CreateDirectory(Path.Combine(folder.Path, "Crm.Plugins.Empty"));

        var composition = Compose(folder);

        Assert.Equal(PluginStatus.Failed, Report(composition, "Crm.Plugins.Garbage").Status);
        Assert.Contains("Crm.Plugins.Empty.dll", Report(composition, "Crm.Plugins.Empty").Reason);
        Assert.Equal(PluginStatus.Loaded, Report(composition, "Crm.TestPlugins.Loyalty").Status);
    }

    [Fact]
    public void Only_enabled_plugins_load_and_the_rest_are_reported_disabled()
    {
        using var folder = new PluginFolder("Crm.TestPlugins.Loyalty", "Crm.Plugins.Bank");

        var composition = Compose(folder, enabled: ["bank"]);

        Assert.Equal(PluginStatus.Loaded, Report(composition, "Crm.Plugins.Bank").Status);
        Assert.Equal(PluginStatus.Disabled, Report(composition, "Crm.TestPlugins.Loyalty").Status);
        Assert.Null(composition.Schema.FindField(FieldTarget.Customer, "loyalty_tier"));
    }

    [Fact]
    public void A_missing_plugins_folder_holds_no_plugins()
    {
        var (found, broken) = PluginDiscovery.Discover(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));

        Assert.Empty(found);
        Assert.Empty(broken);
    }
}
