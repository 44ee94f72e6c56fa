using Crm.Framework.Customers;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Framework.Hosting.Tests;

public sealed class AddCrmTests : IDisposable
{
    private readonly string _workspace = Path.Combine(Path.GetTempPath(), "crm-ws-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_workspace, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static HostApplicationBuilder Builder() => Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

    [Fact]
    public async Task AddCrm_wires_the_kernel_the_LiteDB_store_and_the_plugins_of_the_workspace()
    {
        using var plugins = new PluginFolder("Crm.TestPlugins.Loyalty", "Crm.Plugins.Bank");
        CrmWorkspace.Create(_workspace, new WorkspaceSettings { Plugins = ["retail"] });
        var builder = Builder();
        builder.AddCrm(o => { o.Workspace = _workspace; o.PluginsPath = plugins.Path; o.User = "anna"; });

        using (var host = builder.Build())
        {
            await host.StartAsync();
            await using var scope = host.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var customer = await mediator.Send(new CreateCustomer { Name = "Ada", Fields = new Dictionary<string, object?> { ["loyalty_tier"] = "GOLD" } });

            Assert.Equal("gold", customer.Fields.GetText("loyalty_tier"));
            Assert.Equal("anna", customer.Owner);
            var catalog = host.Services.GetRequiredService<CrmPluginCatalog>();
            Assert.Equal(PluginStatus.Disabled, catalog.Reports.Single(r => r.Manifest.Id == "Crm.Plugins.Bank").Status);
            Assert.IsNotType<Crm.Framework.Testing.InMemoryCrmStore>(host.Services.GetRequiredService<ICrmStore>());
            await host.StopAsync();
        }

        Assert.True(File.Exists(Path.Combine(_workspace, CrmWorkspace.DatabaseFileName)));
    }

    [Fact]
    public void AddCrm_reads_its_options_from_the_Crm_configuration_section()
    {
        using var plugins = new PluginFolder("Crm.TestPlugins.Throwing");
        CrmWorkspace.Create(_workspace, new WorkspaceSettings());
        var builder = Builder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crm:Workspace"] = _workspace, ["Crm:PluginsPath"] = plugins.Path, ["Crm:FailOnPluginError"] = "true",
        });

        var error = Assert.Throws<PluginLoadException>(() => builder.AddCrm());

        Assert.Contains("'Crm.TestPlugins.Throwing'", error.Message);
    }

    [Fact]
    public async Task By_default_a_failed_plugin_is_reported_and_the_CRM_runs_without_it()
    {
        using var plugins = new PluginFolder("Crm.TestPlugins.Throwing", "Crm.TestPlugins.Loyalty");
        CrmWorkspace.Create(_workspace, new WorkspaceSettings());
        var builder = Builder();
        builder.AddCrm(o => { o.Workspace = _workspace; o.PluginsPath = plugins.Path; });

        using var host = builder.Build();
        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<CrmPluginCatalog>();

        Assert.Equal(PluginStatus.Failed, catalog.Reports.Single(r => r.Manifest.Id == "Crm.TestPlugins.Throwing").Status);
        Assert.NotNull(host.Services.GetRequiredService<CrmSchema>().FindField(Fields.FieldTarget.Customer, "loyalty_tier"));
        await host.StopAsync();
    }

    [Fact]
    public void The_workspaces_teams_are_declared_as_the_applications_own()
    {
        CrmWorkspace.Create(_workspace, new WorkspaceSettings { Teams = [new WorkspaceTeam("retail_sales", "Retail sales", ["maria", "tom"], "tom")] });
        var builder = Builder();
        builder.AddCrm(o => o.Workspace = _workspace);

        using var host = builder.Build();
        var schema = host.Services.GetRequiredService<CrmSchema>();

        Assert.Equal("tom", Crm.Framework.Teams.TeamSchema.RequireTeam(schema, "retail_sales").EscalatesTo);
        Assert.Equal("app", schema.DeclaredBy(Crm.Framework.Teams.TeamDeclarations.Kind, "retail_sales"));
    }

    [Fact]
    public void A_team_in_the_workspace_file_that_cannot_work_fails_at_start_naming_it()
    {
        CrmWorkspace.Create(_workspace, new WorkspaceSettings { Teams = [new WorkspaceTeam("retail_sales", "Retail sales", ["maria"], "zoe")] });

        var error = Assert.Throws<WorkspaceException>(() => Builder().AddCrm(o => o.Workspace = _workspace));

        Assert.Contains("Team 'retail_sales' has lead 'zoe', who is not a member", error.Message);
    }

    [Fact]
    public void A_missing_workspace_fails_at_start_saying_how_to_create_one()
    {
        var builder = Builder();

        var error = Assert.Throws<WorkspaceException>(() => builder.AddCrm(o => o.Workspace = _workspace));

        Assert.Contains("crm init", error.Message);
        Assert.Contains(_workspace, error.Message);
    }

    [Fact]
    public void Invalid_options_fail_at_start_naming_the_option()
    {
        var builder = Builder();

        var error = Assert.Throws<OptionsValidationFailedException>(() => builder.AddCrm(o => o.Workspace = ""));

        Assert.Contains("Workspace", error.Message);
    }

    [Fact]
    public void The_app_can_declare_its_own_fields_and_a_plugin_declaring_the_same_key_fails()
    {
        using var plugins = new PluginFolder("Crm.TestPlugins.Loyalty");
        CrmWorkspace.Create(_workspace, new WorkspaceSettings());
        var builder = Builder();
        builder.AddCrm(o =>
        {
            o.Workspace = _workspace;
            o.PluginsPath = plugins.Path;
            o.Configure = app => app.AddField(new Fields.FieldDefinition("loyalty_tier", "Tier", Fields.FieldType.Text, Fields.FieldTarget.Customer));
        });

        using var host = builder.Build();
        var report = host.Services.GetRequiredService<CrmPluginCatalog>().Reports.Single();

        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Contains("'app'", report.Reason);
    }
}
