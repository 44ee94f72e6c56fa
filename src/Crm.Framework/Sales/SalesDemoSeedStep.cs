using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>
/// Seeds each demo customer's <see cref="DemoCustomer.Quotes"/> through the normal use cases: creates the quote for
/// the customer's first deal in the funnel, adds the lines, sends and accepts it as asked and moves the order along.
/// Counts <c>quotes</c> and <c>orders</c>.
/// </summary>
public sealed class SalesDemoSeedStep(IMediator mediator) : IDemoSeedStep
{
    /// <inheritdoc />
    public async Task SeedCustomerAsync(DemoCustomer demo, Customer customer, DemoResult result, CancellationToken cancellationToken)
    {
        foreach (var q in demo.Quotes)
        {
            var deal = result.Deals.FirstOrDefault(d => d.CustomerId == customer.Id && d.Funnel == q.Funnel)
                ?? throw new BusinessRuleException($"Demo customer '{customer.Name}' has a quote for funnel '{q.Funnel}' but no deal in it; add a demo deal in '{q.Funnel}'.");
            var quote = await mediator.Send(new CreateQuote { DealId = deal.Id, Discount = q.Discount }, cancellationToken);
            foreach (var line in q.Lines)
                quote = await mediator.Send(new AddQuoteLine { QuoteId = quote.Id, Product = line.Product, Quantity = line.Quantity, Discount = line.Discount }, cancellationToken);
            result.Count("quotes");
            if (!q.Send && !q.Accept) continue;
            await mediator.Send(new SendQuote(quote.Id), cancellationToken);
            if (!q.Accept) continue;
            var accepted = await mediator.Send(new AcceptQuote(quote.Id), cancellationToken);
            result.Count("orders");
            foreach (var status in q.OrderPath)
                await mediator.Send(new AdvanceOrder { OrderId = accepted.Order.Id, Status = status, Reason = status == OrderStatus.Cancelled ? "demo" : null }, cancellationToken);
        }
    }
}
