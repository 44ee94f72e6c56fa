using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using MediatR;

namespace Crm.Framework.Demo;

/// <summary>
/// Seeds demo data through the normal use cases (so it passes the same validation, audit and
/// automation as a user's input) and reports progress per customer.
/// </summary>
public sealed class DemoSeeder(IMediator mediator, TimeProvider clock, CrmSchema schema)
{
    /// <summary>Seeds every customer of <paramref name="data"/>; <paramref name="progress"/> gets each customer's name when done.</summary>
    public async Task<DemoResult> SeedAsync(DemoData data, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = new DemoResult();
        var now = clock.GetUtcNow();
        foreach (var demo in data.Customers)
        {
            var customer = await mediator.Send(demo.Card, cancellationToken);
            result.Customers.Add(customer);
            foreach (var i in demo.Interactions)
            {
                await mediator.Send(new LogInteraction
                {
                    CustomerId = customer.Id, Channel = i.Channel, Subject = i.Subject, Direction = i.Direction,
                    OccurredAt = now.AddDays(-i.DaysAgo), Notes = i.Notes, Outcome = i.Outcome, Fields = i.Fields,
                }, cancellationToken);
                result.Interactions++;
            }
            foreach (var d in demo.Deals)
            {
                var deal = await mediator.Send(new OpenDeal
                {
                    CustomerId = customer.Id, Funnel = d.Funnel, Title = d.Title, Amount = d.Amount, Fields = d.Fields,
                    ExpectedClose = d.ClosesInDays is { } days ? DateOnly.FromDateTime(now.AddDays(days).UtcDateTime) : null,
                }, cancellationToken);
                foreach (var step in d.Path)
                    deal = await mediator.Send(new MoveDeal { DealId = deal.Id, Stage = step.Stage, Fields = step.Fields, Reason = step.Reason }, cancellationToken);
                result.Deals.Add(deal);
            }
            foreach (var template in demo.Documents)
            {
                var funnels = schema.FindTemplate(template)?.Funnels ?? [];
                var dealId = result.Deals.FirstOrDefault(d => d.CustomerId == customer.Id && (funnels.Count == 0 || funnels.Contains(d.Funnel)))?.Id;
                result.Documents.Add(await mediator.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = dealId }, cancellationToken));
            }
            progress?.Report(customer.Name);
        }
        return result;
    }
}

/// <summary>What a demo seeding created.</summary>
public sealed class DemoResult
{
    /// <summary>The customers created.</summary>
    public List<Customer> Customers { get; } = [];
    /// <summary>How many interactions were logged (automation may add more).</summary>
    public int Interactions { get; set; }
    /// <summary>The deals in their final state.</summary>
    public List<Deal> Deals { get; } = [];
    /// <summary>The documents rendered.</summary>
    public List<Document> Documents { get; } = [];
}
