using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Reads one quote by id or number.</summary>
public sealed class GetQuoteHandler(ICrmStore store) : IRequestHandler<GetQuote, Quote>
{
    /// <inheritdoc />
    public Task<Quote> Handle(GetQuote request, CancellationToken cancellationToken) => Task.FromResult(SalesRules.RequireQuote(store, request.QuoteId));
}
