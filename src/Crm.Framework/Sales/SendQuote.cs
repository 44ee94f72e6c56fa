using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Sends a draft quote that has lines, is still valid and whose discount fits its subtotal.</summary>
public sealed class SendQuoteHandler(ICrmStore store, UnitOfWork work, TimeProvider clock) : IRequestHandler<SendQuote, Quote>
{
    /// <inheritdoc />
    public Task<Quote> Handle(SendQuote request, CancellationToken cancellationToken)
    {
        var before = SalesRules.RequireQuote(store, request.QuoteId);
        if (before.Status != QuoteStatus.Draft)
            throw new BusinessRuleException($"Quote {before.Number} is already {SalesRecords.Text(before.Status)}; only a draft can be sent.");
        if (before.Lines.Count == 0)
            throw new BusinessRuleException($"Quote {before.Number} has no lines; add one with 'crm quotes add-line {before.Number}' before sending it.");
        var today = SalesRules.Today(clock);
        if (before.StatusOn(today) == QuoteStatus.Expired)
            throw new BusinessRuleException($"Quote {before.Number} was valid until {before.ValidUntil:yyyy-MM-dd}; create a new quote for the deal.");
        if (QuotePricing.RequestedDiscount(before) > before.Subtotal.Amount)
            throw new BusinessRuleException($"Quote {before.Number} gives a discount of {before.Discount} on a subtotal of {before.Subtotal}; the discount must not exceed the subtotal.");
        var now = clock.GetUtcNow();
        var after = before with { Status = QuoteStatus.Sent, SentAt = now, UpdatedAt = now, Version = before.Version + 1 };
        work.Update(SalesRecords.Quotes, before, after);
        work.Raise(new QuoteSent(after, now));
        return Task.FromResult(after);
    }
}
