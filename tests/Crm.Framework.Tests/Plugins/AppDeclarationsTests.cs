using Microsoft.Extensions.DependencyInjection;
using Crm.Framework.Customers;
using Crm.Framework.Testing;
using MediatR;

namespace Crm.Framework.Tests.Plugins;

public sealed class AppDeclarationsTests
{
    public sealed class Counter { public int Created; }

    public sealed class CountCreated(Counter counter) : INotificationHandler<CustomerCreated>
    {
        public Task Handle(CustomerCreated notification, CancellationToken cancellationToken)
        {
            counter.Created++;
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Automation_and_services_the_app_declares_run_like_a_plugins()
    {
        var counter = new Counter();
        await using var crm = CrmTestHost.Create(o => o.App = app =>
        {
            app.Services.AddSingleton(counter);
            app.OnEvent<CustomerCreated, CountCreated>();
        });

        await crm.Send(new CreateCustomer { Name = "Ada" });

        Assert.Equal(1, counter.Created);
    }
}
