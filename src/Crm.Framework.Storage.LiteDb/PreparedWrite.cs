using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage.LiteDb.Bson;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>One entity write as the document to store and the collection it goes to.</summary>
/// <param name="Write">The write, with its id, kind and expected version.</param>
/// <param name="Collection">The collection of the entity's kind.</param>
/// <param name="Document">The entity as a document.</param>
internal sealed record PreparedWrite(EntityWrite Write, string Collection, BsonDocument Document)
{
    /// <summary>Maps a write; done before taking the write gate, as it is pure work that need not hold up other writers.</summary>
    public static PreparedWrite Of(EntityWrite write)
    {
        var (collection, document) = write.Record is { } kind ? (kind.Collection, RecordBson.ToDocument(kind, write.Entity)) : write.Entity switch
        {
            Customer c => (CrmCollections.Customers, CustomerBson.ToDocument(c)),
            Interaction i => (CrmCollections.Interactions, InteractionBson.ToDocument(i)),
            Deal d => (CrmCollections.Deals, DealBson.ToDocument(d)),
            Document d => (CrmCollections.Documents, DocumentBson.ToDocument(d)),
            _ => throw new ArgumentException($"The store cannot keep a {write.Entity.GetType().Name} ({write.Kind} '{write.Id}').", nameof(write)),
        };
        if (document["_id"].AsString != write.Id)
            throw new ArgumentException($"The {write.Kind} write for '{write.Id}' carries an entity with id '{document["_id"].AsString}'.", nameof(write));
        return new PreparedWrite(write, collection, document);
    }

    /// <summary>
    /// Inside the caller's transaction: checks every expected version against the stored one (0 = must
    /// not exist), then inserts or replaces the entities and appends the audit entries.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">A write was based on a version that is no longer stored.</exception>
    public static void ApplyAll(LiteDatabase database, IReadOnlyList<PreparedWrite> writes, IReadOnlyList<BsonDocument> audit)
    {
        var stored = writes.Select(w => StoredVersion(database, w)).ToList();
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i].Write;
            if (stored[i] != write.ExpectedVersion)
                throw new ConcurrencyConflictException(write.Kind, write.Id, write.ExpectedVersion, stored[i] == 0 ? null : stored[i]);
        }
        for (var i = 0; i < writes.Count; i++)
        {
            var collection = database.GetCollection(writes[i].Collection);
            if (stored[i] == 0) collection.Insert(writes[i].Document);
            else collection.Update(writes[i].Document);
        }
        var auditCollection = database.GetCollection(CrmCollections.Audit, BsonAutoId.Int64);
        foreach (var entry in audit) auditCollection.Insert(entry);
    }

    private static long StoredVersion(LiteDatabase database, PreparedWrite write) =>
        database.GetCollection(write.Collection).FindById(write.Write.Id)?["version"].AsInt64 ?? 0;
}
