using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>
/// Seeds each demo customer's <see cref="DemoCustomer.Cases"/> through the use cases: opened the given hours before
/// now (so overdue ones show up in <c>crm cases escalations</c>), answered 30 minutes later when a response is given,
/// resolved now with the CSAT score when one is given.
/// </summary>
public sealed class CaseDemoSeedStep(IMediator mediator, TimeProvider clock) : IDemoSeedStep
{
    /// <inheritdoc />
    public async Task SeedCustomerAsync(DemoCustomer demo, Customer customer, DemoResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var d in demo.Cases)
        {
            var openedAt = now.AddHours(-d.OpenedHoursAgo);
            var @case = await mediator.Send(new OpenCase
            {
                CustomerId = customer.Id, Subject = d.Subject, Type = d.Type, Priority = d.Priority, Channel = d.Channel, OpenedAt = openedAt,
                Team = d.Team, Owner = d.Owner,
            }, cancellationToken);
            if (d.Response is { } response)
            {
                var at = openedAt.AddMinutes(30) < now ? openedAt.AddMinutes(30) : now;
                await mediator.Send(new RespondToCase { CaseId = @case.Id, Message = response, At = at }, cancellationToken);
            }
            if (d.ResolvedWithCsat is { } csat)
            {
                if (d.Response is null) await mediator.Send(new MoveCase { CaseId = @case.Id, Status = CaseStatus.InProgress }, cancellationToken);
                await mediator.Send(new MoveCase { CaseId = @case.Id, Status = CaseStatus.Resolved, Satisfaction = new CaseSatisfaction(csat, null) }, cancellationToken);
            }
            result.Count("cases");
        }
    }
}
