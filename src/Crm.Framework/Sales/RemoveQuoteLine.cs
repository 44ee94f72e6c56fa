using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Removes a line from a draft quote and reprices it.</summary>
public sealed class RemoveQuoteLineHandler(ICrmStore store, UnitOfWork work, TimeProvider clock) : IRequestHandler<RemoveQuoteLine, Quote>
{
    /// <inheritdoc />
    public Task<Quote> Handle(RemoveQuoteLine request, CancellationToken cancellationToken)
    {
        var before = SalesRules.RequireQuote(store, request.QuoteId);
        SalesRules.RequireDraft(before);
        if (before.Lines.All(l => l.No != request.LineNo))
            throw new NotFoundException("line", request.LineNo.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before.Lines.Count == 0 ? $"quote {before.Number} has no lines" : $"quote {before.Number} has lines 1 to {before.Lines.Count}");
        var after = SalesRules.Changed(before, before with { Lines = before.Lines.Where(l => l.No != request.LineNo).ToList() }, clock.GetUtcNow());
        work.Update(SalesRecords.Quotes, before, after);
        return Task.FromResult(after);
    }
}
