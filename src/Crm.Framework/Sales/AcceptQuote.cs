using Crm.Framework.Pipelines;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>
/// Accepts a sent, valid quote and places its order in the same unit of work. Only one quote per deal can be
/// accepted: the deal's other draft and sent quotes are declined as superseded. The deal is not moved — its
/// funnel decides what winning means, so closing it stays a step of its own.
/// </summary>
public sealed class AcceptQuoteHandler(ICrmStore store, UnitOfWork work, SalesNumbers numbers, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<AcceptQuote, AcceptedQuote>
{
    /// <inheritdoc />
    public Task<AcceptedQuote> Handle(AcceptQuote request, CancellationToken cancellationToken)
    {
        var before = SalesRules.RequireQuote(store, request.QuoteId);
        var status = before.StatusOn(SalesRules.Today(clock));
        if (status == QuoteStatus.Expired)
            throw new BusinessRuleException($"Quote {before.Number} expired on {before.ValidUntil:yyyy-MM-dd} and can no longer be accepted; create a new quote for the deal.");
        if (status != QuoteStatus.Sent)
            throw new BusinessRuleException(status == QuoteStatus.Draft
                ? $"Quote {before.Number} is a draft; send it with 'crm quotes send {before.Number}' before it can be accepted."
                : $"Quote {before.Number} is already {SalesRecords.Text(status)}; only a sent quote can be accepted.");
        var deal = store.GetDeal(before.DealId) ?? throw new NotFoundException("deal", before.DealId);
        if (deal.Status == DealStatus.Lost)
            throw new BusinessRuleException($"Deal '{deal.Id}' is lost; a quote of a lost deal cannot be accepted.");

        var now = clock.GetUtcNow();
        var order = new Order
        {
            Id = ids.New(SalesRecords.OrderPrefix),
            Number = numbers.Next(SalesRecords.OrderPrefix),
            CustomerId = before.CustomerId,
            DealId = before.DealId,
            QuoteId = before.Id,
            QuoteNumber = before.Number,
            Status = OrderStatus.New,
            Lines = before.Lines,
            Subtotal = before.Subtotal,
            DiscountTotal = before.DiscountTotal,
            Tax = before.Tax,
            Total = before.Total,
            History = [new OrderStatusChange(null, OrderStatus.New, now, user.Name, $"quote {before.Number} accepted")],
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        var accepted = before with { Status = QuoteStatus.Accepted, AnsweredAt = now, OrderId = order.Id, UpdatedAt = now, Version = before.Version + 1 };
        work.Update(SalesRecords.Quotes, before, accepted);
        work.Insert(SalesRecords.Orders, order);

        foreach (var other in store.FindRecords(SalesRecords.Quotes, new RecordKey("deal", before.DealId)))
        {
            if (other.Id == before.Id || other.Status is not (QuoteStatus.Draft or QuoteStatus.Sent)) continue;
            var superseded = other with
            {
                Status = QuoteStatus.Declined, DeclineReason = $"superseded by {before.Number}", AnsweredAt = now, UpdatedAt = now, Version = other.Version + 1,
            };
            work.Update(SalesRecords.Quotes, other, superseded);
            work.Raise(new QuoteDeclined(superseded, now));
        }
        work.Raise(new QuoteAccepted(accepted, order, now));
        work.Raise(new OrderPlaced(order, now));
        return Task.FromResult(new AcceptedQuote(accepted, order));
    }
}
