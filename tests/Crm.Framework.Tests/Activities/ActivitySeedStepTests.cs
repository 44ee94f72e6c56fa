using Crm.Framework.Activities;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Activities;

public sealed class ActivitySeedStepTests
{
    [Fact]
    public async Task Demo_activities_are_scheduled_for_the_customer_done_ones_completed_and_counted()
    {
        await using var crm = TestCrm.Create();
        var demo = new DemoData([
            new DemoCustomer(new CreateCustomer { Name = "Ada", Fields = TestCrm.Fields(("source", "web")) })
            {
                Activities =
                [
                    new DemoActivity(ActivityKind.Call, "Welcome call") { DueInDays = -1, Done = true, Outcome = "happy" },
                    new DemoActivity(ActivityKind.Meeting, "Monthly review") { DueInDays = 2, DueInHours = 3, Duration = TimeSpan.FromHours(1), Repeat = new Recurrence(RepeatFrequency.Monthly) },
                ],
            },
        ]);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(demo);

        Assert.Equal(2, result.Seeded["activities"]);
        var ada = result.Customers[0];
        var seeded = await crm.Send(new ListActivities { CustomerId = ada.Id });
        Assert.Equal(["Welcome call", "Monthly review"], seeded.Select(a => a.Subject));
        Assert.Equal(ActivityStatus.Done, seeded[0].Status);
        Assert.Equal(crm.Clock.GetUtcNow().AddDays(2).AddHours(3), seeded[1].Due);
        Assert.Single(crm.Store.InteractionsOf(ada.Id, 10));
    }
}
