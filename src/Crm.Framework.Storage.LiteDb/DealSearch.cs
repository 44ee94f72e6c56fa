using Crm.Framework.Pipelines;
using Crm.Framework.Storage.LiteDb.Bson;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>
/// Lists deals: LiteDB narrows the candidates through the customer, stage or funnel index, .NET applies
/// every criterion and orders newest first with the id breaking ties, as the store contract states.
/// </summary>
internal static class DealSearch
{
    /// <summary>The deals matching <paramref name="query"/>, newest first.</summary>
    public static IReadOnlyList<Deal> Run(ILiteCollection<BsonDocument> deals, ListDeals query) =>
        Candidates(deals, query).ToEnumerable()
            .Select(DealBson.FromDocument)
            .Where(deal => Matches(deal, query))
            .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();

    private static ILiteQueryable<BsonDocument> Candidates(ILiteCollection<BsonDocument> deals, ListDeals query) =>
        IndexTerms(query).Aggregate(deals.Query(), (q, term) => q.Where(term));

    // Most selective first: LiteDB seeks with the first of equally cheap terms and filters with the rest.
    private static IEnumerable<BsonExpression> IndexTerms(ListDeals query)
    {
        if (query.CustomerId is { } customer) yield return BsonExpression.Create("$.customer = @0", customer);
        if (query.Stage is { } stage) yield return BsonExpression.Create("$.stage = @0", stage);
        if (query.Funnel is { } funnel) yield return BsonExpression.Create("$.funnel = @0", funnel);
    }

    private static bool Matches(Deal d, ListDeals q) =>
        (q.Funnel is null || d.Funnel == q.Funnel)
        && (q.Stage is null || d.Stage == q.Stage)
        && (q.CustomerId is null || d.CustomerId == q.CustomerId)
        && (q.Status is null || d.Status == q.Status)
        && (q.Owner is null || d.Owner == q.Owner);
}
