using Crm.Framework.Plugins;
using Xunit;

namespace Crm.Framework.Testing.Conformance;

/// <summary>
/// The conformance kit as xunit tests: derive from it in your plugin's test project, return your plugin,
/// and every rule runs as its own test.
/// <code>
/// public sealed class BankConformanceTests : PluginConformanceTests
/// {
///     protected override ICrmPlugin CreatePlugin() => new BankPlugin();
/// }
/// </code>
/// <see cref="Loads_from_its_built_dll_alongside_all_other_plugins"/> needs the built plugins in
/// <see cref="PluginsFolder"/>: add <c>&lt;CrmPlugin Include="path/to/plugins/*/*.csproj" /&gt;</c> and import
/// <c>plugins/CrmPlugins.targets</c> in the test project.
/// </summary>
public abstract class PluginConformanceTests
{
    /// <summary>A new instance of the plugin under test.</summary>
    protected abstract ICrmPlugin CreatePlugin();

    /// <summary>The folder holding every built plugin. Default: <c>plugins</c> in the test output.</summary>
    protected virtual string PluginsFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    private IReadOnlyList<ConformanceProblem> Declarations(ConformanceRule rule) =>
        PluginConformance.CheckDeclarations(CreatePlugin()).Where(p => p.Rule == rule || p.Rule == ConformanceRule.Configures).ToList();

    /// <summary>Asserts there are no problems, listing every one when there are.</summary>
    protected static void AssertKept(IEnumerable<ConformanceProblem> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} conformance problem(s):\n" + string.Join("\n", list.Select(p => "  - " + p)));
    }

    /// <summary>The manifest is valid.</summary>
    [Fact]
    public void Manifest_is_valid() => AssertKept(PluginConformance.CheckManifest(CreatePlugin()));

    /// <summary>Keys are unique and none is the kernel's.</summary>
    [Fact]
    public void Keys_are_unique() => AssertKept(Declarations(ConformanceRule.UniqueKeys));

    /// <summary>Field definitions can work.</summary>
    [Fact]
    public void Field_definitions_are_usable() => AssertKept(Declarations(ConformanceRule.FieldDefinitions));

    /// <summary>Every funnel has a start, reaches a won and a lost stage and has no unreachable stage.</summary>
    [Fact]
    public void Every_funnel_reaches_won_and_lost_and_has_no_unreachable_stage() => AssertKept(Declarations(ConformanceRule.FunnelShape));

    /// <summary>Fields required to enter stages are declared deal fields.</summary>
    [Fact]
    public void Fields_required_to_enter_stages_are_declared() => AssertKept(Declarations(ConformanceRule.RequiredFieldsDeclared));

    /// <summary>Call scripts, products, SLA policies and assignment rules point at funnels, stages and teams the plugin declares.</summary>
    [Fact]
    public void Scripts_products_policies_and_rules_point_at_declared_funnels_and_teams() => AssertKept(Declarations(ConformanceRule.ReferencesDeclared));

    /// <summary>Every field a template references is declared.</summary>
    [Fact]
    public void Every_field_a_template_references_is_declared() => AssertKept(PluginConformance.CheckTemplateFields(CreatePlugin()));

    /// <summary>The demo data passes the plugin's own validation.</summary>
    [Fact]
    public async Task Demo_data_passes_the_plugins_own_validation() =>
        AssertKept((await PluginConformance.CheckDemoDataAndTemplatesAsync(CreatePlugin())).Where(p => p.Rule != ConformanceRule.TemplatesRender));

    /// <summary>Every template renders against the demo data.</summary>
    [Fact]
    public async Task Every_template_renders_against_the_demo_data() =>
        AssertKept((await PluginConformance.CheckDemoDataAndTemplatesAsync(CreatePlugin())).Where(p => p.Rule == ConformanceRule.TemplatesRender));

    /// <summary>The plugin loads from its built DLL alongside all the others without key conflicts.</summary>
    [Fact]
    public void Loads_from_its_built_dll_alongside_all_other_plugins() =>
        AssertKept(PluginConformance.CheckLoadsWithOthers(PluginsFolder, CreatePlugin().GetType().Assembly.GetName().Name!));
}
