using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Schedules each demo customer's activities (and completes those marked done) through the use cases.</summary>
public sealed class ActivitySeedStep(IMediator mediator, TimeProvider clock) : IDemoSeedStep
{
    /// <inheritdoc />
    public async Task SeedCustomerAsync(DemoCustomer demo, Customer customer, DemoResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var a in demo.Activities)
        {
            DateTimeOffset? due = a.DueInDays is null && a.DueInHours is null ? null : now.AddDays(a.DueInDays ?? 0).AddHours(a.DueInHours ?? 0);
            var activity = await mediator.Send(new ScheduleActivity
            {
                Subject = a.Subject, Kind = a.Kind, Owner = customer.Owner, Due = due, Duration = a.Duration,
                CustomerId = customer.Id, Recurrence = a.Repeat,
            }, cancellationToken);
            if (a.Done) await mediator.Send(new CompleteActivity { ActivityId = activity.Id, Outcome = a.Outcome }, cancellationToken);
            result.Count("activities");
        }
    }
}
