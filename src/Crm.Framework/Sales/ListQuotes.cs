using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Lists quotes by deal and customer through the store's keys; the status is compared as of today, so expired quotes show as expired.</summary>
public sealed class ListQuotesHandler(ICrmStore store, TimeProvider clock) : IRequestHandler<ListQuotes, IReadOnlyList<Quote>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Quote>> Handle(ListQuotes request, CancellationToken cancellationToken)
    {
        var keys = new List<RecordKey>();
        if (request.DealId is { } deal) keys.Add(new("deal", deal));
        if (request.CustomerId is { } customer) keys.Add(new("customer", customer));
        var today = SalesRules.Today(clock);
        IReadOnlyList<Quote> quotes = store.FindRecords(SalesRecords.Quotes, [.. keys])
            .Where(q => request.Status is not { } status || q.StatusOn(today) == status)
            .OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Number, StringComparer.Ordinal)
            .Take(request.Limit)
            .ToList();
        return Task.FromResult(quotes);
    }
}
