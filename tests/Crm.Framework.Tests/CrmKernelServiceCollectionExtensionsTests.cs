using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Framework.Tests;

public sealed class CrmKernelServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCrmKernel_twice_registers_the_pipeline_once_and_keeps_a_clock_and_user_registered_first()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero));
        var store = new InMemoryCrmStore();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ICurrentUser>(new CurrentUser("anna"))
            .AddSingleton<ICrmStore>(store);

        services.AddCrmKernel(new CrmSchema()).AddCrmKernel(new CrmSchema());

        Assert.Equal(4, services.Count(d => d.ServiceType == typeof(IPipelineBehavior<,>)));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        var ada = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateCustomer { Name = "Ada" });

        Assert.Equal(("anna", clock.GetUtcNow()), (ada.Owner, ada.CreatedAt));
        var entry = Assert.Single(store.ReadAudit(null, 10));
        Assert.Equal("anna", entry.Actor);
    }
}
