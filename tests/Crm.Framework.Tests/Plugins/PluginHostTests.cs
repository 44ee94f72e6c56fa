using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;
using MediatR;

namespace Crm.Framework.Tests.Plugins;

/// <summary>Plugins composed into a running CRM: their declarations and automation take part, a failed plugin's do not.</summary>
public sealed class PluginHostTests
{
    private static readonly List<string> Greeted = [];

    private sealed class GreetingPlugin : ICrmPlugin
    {
        public void Configure(ICrmPluginBuilder builder) => builder
            .AddField(new FieldDefinition("greeting", "Greeting", FieldType.Text, FieldTarget.Customer))
            .OnEvent<CustomerCreated, Greeter>();
    }

    private sealed class BrokenGreetingPlugin : ICrmPlugin
    {
        public void Configure(ICrmPluginBuilder builder)
        {
            builder.OnEvent<CustomerCreated, Greeter>();
            throw new InvalidOperationException("no templates");
        }
    }

    private sealed class Greeter : INotificationHandler<CustomerCreated>
    {
        public Task Handle(CustomerCreated notification, CancellationToken cancellationToken)
        {
            lock (Greeted) Greeted.Add(notification.Customer.Id);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_loaded_plugins_fields_and_automation_work_and_a_failed_plugins_do_not()
    {
        await using var crm = CrmTestHost.Create(new GreetingPlugin(), new BrokenGreetingPlugin());

        var ada = await crm.Send(new CreateCustomer { Name = "Ada", Fields = TestCrm.Fields(("greeting", "Dear Ada")) });

        Assert.Equal("Dear Ada", ada.Fields["greeting"]);
        lock (Greeted) Assert.Single(Greeted, id => id == ada.Id);
        Assert.Equal(
            [(nameof(BrokenGreetingPlugin), PluginStatus.Failed), (nameof(GreetingPlugin), PluginStatus.Loaded)],
            crm.Plugins.Select(p => (p.Manifest.Id, p.Status)));
    }

    [Fact]
    public async Task A_plugin_key_that_the_app_already_declared_fails_the_plugin_naming_the_app()
    {
        await using var crm = TestCrm.Create(options: o => o.Plugins.Add(new DelegatePlugin(DelegatePlugin.Field("segment"))));

        var report = Assert.Single(crm.Plugins);
        Assert.Equal(PluginStatus.Failed, report.Status);
        Assert.Contains("customer field 'segment' is already declared by 'app'", report.Reason);
    }
}
