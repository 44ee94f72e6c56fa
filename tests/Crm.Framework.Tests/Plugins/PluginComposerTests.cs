using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;
using MediatR;

namespace Crm.Framework.Tests.Plugins;

public sealed class PluginComposerTests
{
    private static readonly Version Framework = new(1, 0, 0);

    private static PluginComposition Compose(IEnumerable<PluginCandidate> candidates, IReadOnlyCollection<string>? enabled = null, Version? framework = null) =>
        PluginComposer.Compose(candidates, new CrmSchema(), framework ?? Framework, enabled);

    private static PluginReport Report(PluginComposition composition, string id) => composition.Reports.Single(r => r.Manifest.Id == id);

    [Fact]
    public void A_plugin_that_throws_in_Configure_fails_with_its_name_and_reason_and_the_others_load()
    {
        var composition = Compose([CrmTestHost.Candidate(new ThrowingPlugin()), CrmTestHost.Candidate(new SegmentPlugin())]);

        var failed = Report(composition, nameof(ThrowingPlugin));
        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Equal("Plugin 'ThrowingPlugin' failed while configuring: InvalidOperationException: the tariff table is missing", failed.Reason);
        Assert.Equal(PluginStatus.Loaded, Report(composition, nameof(SegmentPlugin)).Status);
        Assert.NotNull(composition.Schema.FindField(FieldTarget.Customer, "tariff"));
        Assert.Null(composition.Schema.FindField(FieldTarget.Customer, "half_declared"));
    }

    [Fact]
    public void A_plugin_declaring_a_key_another_plugin_has_fails_naming_both_and_adds_nothing()
    {
        var composition = Compose(
        [
            DelegatePlugin.Candidate("acme.bank", DelegatePlugin.Field("tariff")),
            DelegatePlugin.Candidate("acme.telecom", b => { DelegatePlugin.Field("tariff")(b); DelegatePlugin.Field("sim_count")(b); }),
        ]);

        var failed = Report(composition, "acme.telecom");
        Assert.Equal(PluginStatus.Failed, failed.Status);
        Assert.Equal("Plugin 'acme.telecom' declares keys that are already taken: customer field 'tariff' is already declared by 'acme.bank'; rename them in 'acme.telecom'.", failed.Reason);
        Assert.Equal(PluginStatus.Loaded, Report(composition, "acme.bank").Status);
        Assert.Null(composition.Schema.FindField(FieldTarget.Customer, "sim_count"));
        Assert.Equal("acme.bank", composition.Schema.DeclaredBy("field", "tariff"));
    }

    [Fact]
    public void A_key_taken_by_the_kernel_or_declared_twice_by_the_plugin_itself_fails_it()
    {
        var composition = Compose(
        [
            DelegatePlugin.Candidate("acme.calls", b => b.AddChannel(new ChannelDefinition("phone", "Phone call"))),
            DelegatePlugin.Candidate("acme.twice", b => { DelegatePlugin.Field("tariff")(b); DelegatePlugin.Field("tariff")(b); }),
        ]);

        Assert.Contains("channel 'phone' is already declared by 'kernel'", Report(composition, "acme.calls").Reason);
        Assert.Contains("customer field 'tariff' is declared twice by 'acme.twice'", Report(composition, "acme.twice").Reason);
    }

    [Fact]
    public void The_same_key_on_another_target_is_no_conflict()
    {
        var composition = Compose(
        [
            DelegatePlugin.Candidate("a", DelegatePlugin.Field("tariff")),
            DelegatePlugin.Candidate("b", b => b.AddField(new FieldDefinition("tariff", "Tariff", FieldType.Text, FieldTarget.Deal))),
        ]);

        Assert.All(composition.Reports, r => Assert.Equal(PluginStatus.Loaded, r.Status));
    }

    [Theory]
    [InlineData("[2.0,3.0)", 1, 0, 0)]
    [InlineData("[1.0,2.0)", 2, 0, 0)]
    [InlineData("[1.0,2.0)", 2, 0, -1)]
    [InlineData("(1.0,)", 1, 0, 0)]
    public void A_plugin_for_another_framework_version_fails_saying_which(string range, int major, int minor, int build)
    {
        var framework = build < 0 ? new Version(major, minor) : new Version(major, minor, build);

        var composition = Compose([DelegatePlugin.Candidate("acme.old", DelegatePlugin.Field("tariff"), framework: range)], framework: framework);

        var report = Assert.Single(composition.Reports);
        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Equal($"Plugin 'acme.old' supports framework versions {range}, but this is {major}.{minor}.{Math.Max(build, 0)}; install a build of the plugin for this version.", report.Reason);
        Assert.Empty(composition.Schema.Fields);
    }

    [Fact]
    public void A_plugin_with_an_unreadable_framework_range_fails()
    {
        var report = Assert.Single(Compose([DelegatePlugin.Candidate("acme.odd", framework: "one-ish")]).Reports);

        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Equal("Plugin 'acme.odd' declares an unreadable framework range: 'one-ish' is not a version or an interval like [1.0,2.0).", report.Reason);
    }

    [Fact]
    public void A_plugin_whose_dependency_is_not_installed_fails()
    {
        var report = Assert.Single(Compose([DelegatePlugin.Candidate("acme.loans", dependencies: ["acme.core"])]).Reports);

        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Equal("Plugin 'acme.loans' needs plugin 'acme.core', which is not installed; put it in the plugins folder.", report.Reason);
    }

    [Fact]
    public void A_plugin_whose_dependency_failed_fails_too()
    {
        var composition = Compose(
        [
            DelegatePlugin.Candidate("acme.core", _ => throw new InvalidOperationException("broken")),
            DelegatePlugin.Candidate("acme.loans", DelegatePlugin.Field("tariff"), dependencies: ["acme.core"]),
        ]);

        Assert.Equal("Plugin 'acme.loans' needs plugin 'acme.core', which failed to load (see its own report).", Report(composition, "acme.loans").Reason);
        Assert.Empty(composition.Schema.Fields);
    }

    [Fact]
    public void Dependencies_are_configured_before_their_dependants_whatever_their_ids()
    {
        var configured = new List<string>();

        var composition = Compose(
        [
            DelegatePlugin.Candidate("a.loans", dependencies: ["m.scoring", "z.core"], configured: configured),
            DelegatePlugin.Candidate("m.scoring", dependencies: ["Z.CORE"], configured: configured),
            DelegatePlugin.Candidate("b.cards", configured: configured),
            DelegatePlugin.Candidate("z.core", configured: configured),
        ]);

        Assert.Equal(["b.cards", "z.core", "m.scoring", "a.loans"], configured);
        Assert.All(composition.Reports, r => Assert.Equal(PluginStatus.Loaded, r.Status));
        Assert.Equal(["a.loans", "b.cards", "m.scoring", "z.core"], composition.Reports.Select(r => r.Manifest.Id));
    }

    [Fact]
    public void Only_enabled_plugins_load_by_id_or_industry_with_their_dependencies()
    {
        var configured = new List<string>();
        PluginCandidate[] candidates =
        [
            DelegatePlugin.Candidate("acme.core", configured: configured),
            DelegatePlugin.Candidate("acme.bank", industry: "bank", dependencies: ["acme.core"], configured: configured),
            DelegatePlugin.Candidate("acme.clinic", industry: "clinic", configured: configured),
            DelegatePlugin.Candidate("acme.school", industry: "school", configured: configured),
        ];

        var composition = Compose(candidates, enabled: ["BANK", "Acme.School"]);

        Assert.Equal(["acme.core", "acme.bank", "acme.school"], configured);
        Assert.Equal(
            [("acme.bank", PluginStatus.Loaded), ("acme.clinic", PluginStatus.Disabled), ("acme.core", PluginStatus.Loaded), ("acme.school", PluginStatus.Loaded)],
            composition.Reports.Select(r => (r.Manifest.Id, r.Status)));
        Assert.Null(Report(composition, "acme.clinic").Reason);
    }

    [Fact]
    public void With_nothing_enabled_every_plugin_is_disabled_and_with_null_every_plugin_loads()
    {
        PluginCandidate[] candidates = [DelegatePlugin.Candidate("a"), DelegatePlugin.Candidate("b")];

        Assert.All(Compose(candidates, enabled: []).Reports, r => Assert.Equal(PluginStatus.Disabled, r.Status));
        Assert.All(Compose(candidates, enabled: null).Reports, r => Assert.Equal(PluginStatus.Loaded, r.Status));
    }

    [Fact]
    public void A_plugin_installed_twice_loads_once_and_the_second_copy_is_reported()
    {
        var composition = Compose([DelegatePlugin.Candidate("acme.bank", DelegatePlugin.Field("tariff")), DelegatePlugin.Candidate("ACME.BANK", DelegatePlugin.Field("tariff"))]);

        Assert.Equal([PluginStatus.Loaded, PluginStatus.Failed], composition.Reports.Select(r => r.Status).Order());
        Assert.Contains("is installed twice (plugins/ACME.BANK/ACME.BANK.dll); remove one copy", composition.Reports.Single(r => r.Status == PluginStatus.Failed).Reason);
    }

    [Fact]
    public void A_plugin_that_could_not_be_read_is_reported_as_failed()
    {
        var composition = PluginComposer.Compose([], new CrmSchema(), Framework, broken: [new BrokenPlugin("acme.broken", "plugins/acme.broken/acme.broken.dll", "not a .NET assembly")]);

        var report = Assert.Single(composition.Reports);
        Assert.Equal((PluginStatus.Failed, "not a .NET assembly"), (report.Status, report.Reason));
    }

    [Fact]
    public void Only_loaded_plugins_contribute_services()
    {
        var composition = Compose(
        [
            DelegatePlugin.Candidate("good", b => b.OnEvent<CustomerCreated, NoOpAutomation>()),
            DelegatePlugin.Candidate("bad", b => { b.OnEvent<CustomerCreated, NoOpAutomation>(); throw new InvalidOperationException("x"); }),
        ]);

        Assert.Single(composition.Services);
    }

    private sealed class NoOpAutomation : INotificationHandler<CustomerCreated>
    {
        public Task Handle(CustomerCreated notification, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
