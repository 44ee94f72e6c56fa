using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage.LiteDb.Bson;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>
/// The embedded store: the whole CRM in one LiteDB file, with indexes for the store's queries and for
/// indexed custom fields, optimistic concurrency and an append-only audit collection. Thread-safe; keep
/// one per file (<see cref="LiteDbStoreServiceCollectionExtensions.AddCrmLiteDbStore"/> registers a singleton).
/// </summary>
public sealed class LiteDbCrmStore : ICrmStore, IDisposable
{
    private readonly LiteDbFile _file;
    private readonly HashSet<string> _indexedRecordCollections = new(StringComparer.Ordinal);
    private int _disposed;

    /// <summary>Opens the CRM file at <paramref name="databasePath"/>, creating it and its folder when missing.</summary>
    /// <exception cref="StoreException">The file is in use by another process, damaged or not accessible.</exception>
    public LiteDbCrmStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        _file = LiteDbFile.Acquire(databasePath);
    }

    /// <summary>The full path of the CRM file.</summary>
    public string DatabasePath => _file.Path;

    /// <summary>The open database, for tests that inspect the file's indexes and query plans.</summary>
    internal LiteDatabase Database
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed != 0, this);
            return _file.Database;
        }
    }

    private ILiteCollection<BsonDocument> Collection(string name) => Database.GetCollection(name);

    /// <inheritdoc />
    public Customer? GetCustomer(string id) => Get(CrmCollections.Customers, id, CustomerBson.FromDocument);

    /// <inheritdoc />
    public IReadOnlyList<Customer> FindCustomers(CustomerQuery query) =>
        CustomerSearch.Run(Collection(CrmCollections.Customers), query);

    /// <summary>The query plan LiteDB makes for the candidates of <paramref name="query"/>, naming the index it uses.</summary>
    internal BsonDocument PlanOf(CustomerQuery query) =>
        CustomerSearch.Candidates(Collection(CrmCollections.Customers), query).GetPlan();

    /// <inheritdoc />
    public Interaction? GetInteraction(string id) => Get(CrmCollections.Interactions, id, InteractionBson.FromDocument);

    /// <inheritdoc />
    public IReadOnlyList<Interaction> InteractionsOf(string customerId, int limit) =>
        OfCustomer(CrmCollections.Interactions, customerId, InteractionBson.FromDocument)
            .OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id, StringComparer.Ordinal).Take(limit).ToList();

    /// <inheritdoc />
    public Deal? GetDeal(string id) => Get(CrmCollections.Deals, id, DealBson.FromDocument);

    /// <inheritdoc />
    public IReadOnlyList<Deal> FindDeals(ListDeals query) => DealSearch.Run(Collection(CrmCollections.Deals), query);

    /// <inheritdoc />
    public Document? GetDocument(string id) => Get(CrmCollections.Documents, id, DocumentBson.FromDocument);

    /// <inheritdoc />
    public IReadOnlyList<Document> DocumentsOf(string customerId, int limit) =>
        OfCustomer(CrmCollections.Documents, customerId, DocumentBson.FromDocument)
            .OrderByDescending(d => d.RenderedAt).ThenBy(d => d.Id, StringComparer.Ordinal).Take(limit).ToList();

    /// <inheritdoc />
    public T? GetRecord<T>(RecordKind<T> kind, string id) where T : class
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Collection(kind.Collection).FindById(id) is { } document ? RecordBson.FromDocument(kind, document) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<T> FindRecords<T>(RecordKind<T> kind, params RecordKey[] keys) where T : class
    {
        ArgumentNullException.ThrowIfNull(kind);
        // LiteDB seeks the first term through the terms index and checks the others on the candidates.
        var query = keys.Aggregate(Collection(kind.Collection).Query(),
            (q, key) => q.Where(BsonExpression.Create($"{RecordBson.Terms} ANY = @0", key.Term)));
        return query.ToEnumerable()
            .Select(document => RecordBson.FromDocument(kind, document))
            .OrderBy(kind.IdOf, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> ReadAudit(string? entityId, int limit)
    {
        if (limit <= 0) return [];
        var query = Database.GetCollection(CrmCollections.Audit, BsonAutoId.Int64).Query();
        if (entityId is not null) query = query.Where("$.entity = @0", entityId);
        // _id counts appends, so descending _id is newest first.
        return query.OrderByDescending("$._id").Limit(limit).ToEnumerable().Select(AuditBson.FromDocument).ToList();
    }

    /// <inheritdoc />
    public void EnsureIndexes(IEnumerable<FieldDefinition> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var database = Database;
        lock (_file.WriteGate)
        {
            foreach (var field in fields.Where(f => f.Indexed))
                database.GetCollection(CrmCollections.Of(field.Target)).EnsureIndex(FieldIndex.NameOf(field.Key), FieldIndex.PathOf(field.Key));
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Synchronous on purpose: a LiteDB transaction belongs to the thread that began it. The whole change
    /// set, however large, is one transaction: a conflict or any other failure rolls all of it back.
    /// </remarks>
    public void Commit(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty) return;
        var writes = changes.Writes.Select(PreparedWrite.Of).ToList();
        var audit = changes.Audit.Select(AuditBson.ToDocument).ToList();
        var database = Database;
        lock (_file.WriteGate)
        {
            // Outside the transaction, so a rolled-back commit does not take a new index with it.
            foreach (var kind in changes.Writes.Select(w => w.Record).OfType<RecordKind>().DistinctBy(k => k.Collection))
                EnsureTermsIndex(database, kind.Collection);
            if (!database.BeginTrans())
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread; commits cannot nest.");
            try
            {
                PreparedWrite.ApplyAll(database, writes, audit);
                database.Commit();
            }
            catch
            {
                database.Rollback();
                throw;
            }
        }
    }

    // Record collections appear when their first record is written; LiteDB keeps an index once made,
    // so each collection is checked once per open store.
    private void EnsureTermsIndex(LiteDatabase database, string collection)
    {
        if (_indexedRecordCollections.Add(collection))
            database.GetCollection(collection).EnsureIndex("terms", RecordBson.Terms);
    }

    /// <summary>Checkpoints the log into the file and closes it (once the last store on the file is disposed).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _file.Release();
    }

    private T? Get<T>(string collection, string id, Func<BsonDocument, T> read) where T : class =>
        Collection(collection).FindById(id) is { } document ? read(document) : null;

    private IEnumerable<T> OfCustomer<T>(string collection, string customerId, Func<BsonDocument, T> read) =>
        Collection(collection).Find(BsonExpression.Create("$.customer = @0", customerId)).Select(read);
}
