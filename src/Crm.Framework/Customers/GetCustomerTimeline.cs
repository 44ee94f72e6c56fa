using System.Globalization;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Merges interactions, deal stage history and documents into one list, newest first.</summary>
public sealed class GetCustomerTimelineHandler(ICrmStore store) : IRequestHandler<GetCustomerTimeline, IReadOnlyList<TimelineEntry>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEntry>> Handle(GetCustomerTimeline request, CancellationToken cancellationToken)
    {
        _ = store.GetCustomer(request.CustomerId) ?? throw new NotFoundException("customer", request.CustomerId);
        var interactions = store.InteractionsOf(request.CustomerId, request.Limit).Select(i => new TimelineEntry(
            i.OccurredAt, "interaction", i.Id,
            $"{i.Channel} {i.Direction.ToString().ToLowerInvariant()}: {i.Subject}{(i.Outcome is null ? "" : $" → {i.Outcome}")}{(i.Script is null ? "" : $" (script {i.Script})")}", i.LoggedBy));
        var deals = store.FindDeals(new ListDeals { CustomerId = request.CustomerId, Limit = request.Limit })
            // Newest step first, so steps made at the same instant stay newest first through the stable sort below.
            .SelectMany(d => d.History.Reverse().Select(h => new TimelineEntry(h.At, "deal", d.Id, Describe(d, h), h.By)));
        var documents = store.DocumentsOf(request.CustomerId, request.Limit).Select(d => new TimelineEntry(
            d.RenderedAt, "document", d.Id, $"document rendered: {d.Title}", d.RenderedBy));
        IReadOnlyList<TimelineEntry> timeline = interactions.Concat(deals).Concat(documents)
            .OrderByDescending(e => e.At).ThenBy(e => e.RecordId, StringComparer.Ordinal)
            .Take(request.Limit).ToList();
        return Task.FromResult(timeline);
    }

    private static string Describe(Deal deal, StageChange change) => change.From is null
        ? $"deal opened: {deal.Title} ({deal.Amount.Amount.ToString("N2", CultureInfo.InvariantCulture)} {deal.Amount.Currency}) at {change.To}"
        : $"deal {deal.Title}: {change.From} → {change.To}{(change.Note is null ? "" : $" ({change.Note})")}";
}
