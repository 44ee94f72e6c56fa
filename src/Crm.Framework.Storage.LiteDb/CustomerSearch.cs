using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Storage.LiteDb.Bson;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>
/// Finds customers in two steps: LiteDB narrows the candidates through an index (a contact, a field, a tag
/// or the lifecycle), then .NET applies every criterion and the order exactly as the store contract states
/// them — LiteDB compares 700 and 700.00 as equal and cannot order by name then id in one pass.
/// </summary>
internal static class CustomerSearch
{
    /// <summary>The customers matching <paramref name="query"/>, ordered by name then id.</summary>
    public static IReadOnlyList<Customer> Run(ILiteCollection<BsonDocument> customers, CustomerQuery query) =>
        Candidates(customers, query).ToEnumerable()
            .Select(CustomerBson.FromDocument)
            .Where(customer => Matches(customer, query))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();

    /// <summary>The LiteDB query that selects the candidates; its plan shows the index used.</summary>
    public static ILiteQueryable<BsonDocument> Candidates(ILiteCollection<BsonDocument> customers, CustomerQuery query) =>
        IndexTerms(query).Aggregate(customers.Query(), (q, term) => q.Where(term));

    // Every term is an equality seek of the same cost; LiteDB then takes the first one, so the most
    // selective come first (a contact names one customer, a lifecycle stage many) and the rest filter.
    private static IEnumerable<BsonExpression> IndexTerms(CustomerQuery query)
    {
        if (query.Email is { } email) yield return BsonExpression.Create($"{CrmCollections.ContactValues} ANY = @0", email);
        if (query.Phone is { } phone) yield return BsonExpression.Create($"{CrmCollections.ContactValues} ANY = @0", phone);
        // The key becomes part of an expression, so only a real field key may go there.
        if (query is { FieldKey: { } key, FieldValue: { } value } && FieldDefinition.IsValidKey(key) && FieldValuesBson.TryWrite(value, out var bson))
            yield return BsonExpression.Create($"{FieldIndex.PathOf(key)} = @0", bson);
        if (query.Tag is { } tag) yield return BsonExpression.Create($"{CrmCollections.Tags} ANY = @0", tag);
        if (query.Lifecycle is { } stage) yield return BsonExpression.Create("$.lifecycle = @0", BsonPrimitives.Write(stage));
    }

    private static bool Matches(Customer c, CustomerQuery q) =>
        (q.NameContains is null || c.Name.Contains(q.NameContains, StringComparison.OrdinalIgnoreCase))
        && (q.Email is null || c.Contacts.Any(p => p.Kind == ContactKind.Email && p.Value == q.Email))
        && (q.Phone is null || c.Contacts.Any(p => p.Kind == ContactKind.Phone && p.Value == q.Phone))
        && (q.FieldKey is null || (c.Fields.TryGetValue(q.FieldKey, out var v) && FieldValues.Format(v) == FieldValues.Format(q.FieldValue!)))
        && (q.Lifecycle is null || c.Lifecycle == q.Lifecycle)
        && (q.Tag is null || c.Tags.Contains(q.Tag))
        && (q.IncludeMerged || c.MergedInto is null);
}
