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
public sealed class DemoSeeder(IMediator mediator, TimeProvider clock, CrmSchema schema, IEnumerable<IDemoSeedStep> steps)
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
            foreach (var step in steps) await step.SeedCustomerAsync(demo, customer, result, cancellationToken);
            progress?.Report(customer.Name);
        }
        foreach (var step in steps) await step.SeedAfterCustomersAsync(data, result, cancellationToken);
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
    /// <summary>How many records of each other kind the feature areas seeded, e.g. <c>activities</c> → 4.</summary>
    public SortedDictionary<string, int> Seeded { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="count"/> to the <paramref name="kind"/> count of <see cref="Seeded"/>.</summary>
    public void Count(string kind, int count = 1) => Seeded[kind] = Seeded.GetValueOrDefault(kind) + count;
}

/// <summary>
/// A feature area's part of demo seeding (activities, cases, quotes, ...), registered with the kernel.
/// Runs through the normal use cases, like the rest of the seeding.
/// </summary>
public interface IDemoSeedStep
{
    /// <summary>Seeds what <paramref name="demo"/> asks of this area for <paramref name="customer"/>, after its interactions, deals and documents.</summary>
    Task SeedCustomerAsync(DemoCustomer demo, Customer customer, DemoResult result, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Seeds what <paramref name="data"/> asks of this area once every customer is seeded.</summary>
    Task SeedAfterCustomersAsync(DemoData data, DemoResult result, CancellationToken cancellationToken) => Task.CompletedTask;
}
