using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Declines a draft or sent quote, keeping the customer's reason.</summary>
public sealed class DeclineQuoteHandler(ICrmStore store, UnitOfWork work, TimeProvider clock) : IRequestHandler<DeclineQuote, Quote>
{
    /// <inheritdoc />
    public Task<Quote> Handle(DeclineQuote request, CancellationToken cancellationToken)
    {
        var before = SalesRules.RequireQuote(store, request.QuoteId);
        if (before.Status is not (QuoteStatus.Draft or QuoteStatus.Sent))
            throw new BusinessRuleException($"Quote {before.Number} is already {SalesRecords.Text(before.Status)}; only a draft or sent quote can be declined.");
        var now = clock.GetUtcNow();
        var after = before with
        {
            Status = QuoteStatus.Declined,
            DeclineReason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
            AnsweredAt = now, UpdatedAt = now, Version = before.Version + 1,
        };
        work.Update(SalesRecords.Quotes, before, after);
        work.Raise(new QuoteDeclined(after, now));
        return Task.FromResult(after);
    }
}
