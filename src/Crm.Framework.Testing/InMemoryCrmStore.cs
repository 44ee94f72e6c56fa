using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;

namespace Crm.Framework.Testing;

/// <summary>
/// A store in memory, for tests and throwaway hosts. Obeys the same contract as the LiteDB store
/// (it passes <c>StoreContractTests</c>): atomic commits, optimistic concurrency, append-only audit.
/// </summary>
public sealed class InMemoryCrmStore : ICrmStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Customer> _customers = [];
    private readonly Dictionary<string, Interaction> _interactions = [];
    private readonly Dictionary<string, Deal> _deals = [];
    private readonly Dictionary<string, Document> _documents = [];
    private readonly Dictionary<string, Dictionary<string, StoredRecord>> _records = new(StringComparer.Ordinal);
    private readonly List<AuditEntry> _audit = [];
    private readonly HashSet<string> _indexes = [];

    /// <summary>Keys of the fields that have an index (the in-memory store only records them).</summary>
    public IReadOnlyCollection<string> IndexedFields { get { lock (_gate) return _indexes.ToList(); } }

    /// <inheritdoc />
    public Customer? GetCustomer(string id) { lock (_gate) return _customers.GetValueOrDefault(id); }

    /// <inheritdoc />
    public IReadOnlyList<Customer> FindCustomers(CustomerQuery q)
    {
        lock (_gate)
        {
            return _customers.Values
                .Where(c => q.NameContains is null || c.Name.Contains(q.NameContains, StringComparison.OrdinalIgnoreCase))
                .Where(c => q.Email is null || c.Contacts.Any(p => p.Kind == ContactKind.Email && p.Value == q.Email))
                .Where(c => q.Phone is null || c.Contacts.Any(p => p.Kind == ContactKind.Phone && p.Value == q.Phone))
                .Where(c => q.FieldKey is null || (c.Fields.TryGetValue(q.FieldKey, out var v) && FieldValues.Format(v) == FieldValues.Format(q.FieldValue!)))
                .Where(c => q.Lifecycle is null || c.Lifecycle == q.Lifecycle)
                .Where(c => q.Tag is null || c.Tags.Contains(q.Tag))
                .Where(c => q.IncludeMerged || c.MergedInto is null)
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(q.Limit).ToList();
        }
    }

    /// <inheritdoc />
    public Interaction? GetInteraction(string id) { lock (_gate) return _interactions.GetValueOrDefault(id); }

    /// <inheritdoc />
    public IReadOnlyList<Interaction> InteractionsOf(string customerId, int limit)
    {
        lock (_gate)
            return _interactions.Values.Where(i => i.CustomerId == customerId)
                .OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <inheritdoc />
    public Deal? GetDeal(string id) { lock (_gate) return _deals.GetValueOrDefault(id); }

    /// <inheritdoc />
    public IReadOnlyList<Deal> FindDeals(ListDeals q)
    {
        lock (_gate)
        {
            return _deals.Values
                .Where(d => q.Funnel is null || d.Funnel == q.Funnel)
                .Where(d => q.Stage is null || d.Stage == q.Stage)
                .Where(d => q.CustomerId is null || d.CustomerId == q.CustomerId)
                .Where(d => q.Status is null || d.Status == q.Status)
                .Where(d => q.Owner is null || d.Owner == q.Owner)
                .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Take(q.Limit).ToList();
        }
    }

    /// <inheritdoc />
    public Document? GetDocument(string id) { lock (_gate) return _documents.GetValueOrDefault(id); }

    /// <inheritdoc />
    public IReadOnlyList<Document> DocumentsOf(string customerId, int limit)
    {
        lock (_gate)
            return _documents.Values.Where(d => d.CustomerId == customerId)
                .OrderByDescending(d => d.RenderedAt).ThenBy(d => d.Id, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <inheritdoc />
    /// <remarks>Records are kept as the JSON a real store writes, so a record type that does not round-trip fails here too.</remarks>
    public T? GetRecord<T>(RecordKind<T> kind, string id) where T : class
    {
        lock (_gate)
            return _records.GetValueOrDefault(kind.Collection)?.GetValueOrDefault(id) is { } stored ? kind.Read(stored.Json) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<T> FindRecords<T>(RecordKind<T> kind, params RecordKey[] keys) where T : class
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(kind.Collection, out var records)) return [];
            return records.Values
                .Where(r => keys.All(k => r.Terms.Contains(k.Term)))
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => kind.Read(r.Json)).ToList();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> ReadAudit(string? entityId, int limit)
    {
        lock (_gate)
            return Enumerable.Reverse(_audit).Where(a => entityId is null || a.EntityId == entityId).Take(limit).ToList();
    }

    /// <inheritdoc />
    public void EnsureIndexes(IEnumerable<FieldDefinition> fields)
    {
        lock (_gate)
            foreach (var f in fields.Where(f => f.Indexed)) _indexes.Add($"{f.Target.ToString().ToLowerInvariant()}.{f.Key}");
    }

    /// <inheritdoc />
    public void Commit(ChangeSet changes)
    {
        lock (_gate)
        {
            foreach (var w in changes.Writes)
            {
                var stored = Version(w);
                if (stored != w.ExpectedVersion)
                    throw new ConcurrencyConflictException(w.Kind, w.Id, w.ExpectedVersion, stored == 0 ? null : stored);
            }
            foreach (var w in changes.Writes)
            {
                if (w.Record is { } kind)
                {
                    if (!_records.TryGetValue(kind.Collection, out var records)) _records[kind.Collection] = records = new(StringComparer.Ordinal);
                    records[w.Id] = new StoredRecord(w.Id, kind.VersionOf(w.Entity), kind.TermsOf(w.Entity).ToHashSet(StringComparer.Ordinal), kind.Serialize(w.Entity));
                    continue;
                }
                switch (w.Entity)
                {
                    case Customer c: _customers[c.Id] = c; break;
                    case Interaction i: _interactions[i.Id] = i; break;
                    case Deal d: _deals[d.Id] = d; break;
                    case Document d: _documents[d.Id] = d; break;
                }
            }
            _audit.AddRange(changes.Audit);
        }
    }

    private long Version(EntityWrite w)
    {
        if (w.Record is { } kind) return _records.GetValueOrDefault(kind.Collection)?.GetValueOrDefault(w.Id)?.Version ?? 0;
        return w.Entity switch
        {
            Customer => _customers.GetValueOrDefault(w.Id)?.Version ?? 0,
            Interaction => _interactions.GetValueOrDefault(w.Id)?.Version ?? 0,
            Deal => _deals.GetValueOrDefault(w.Id)?.Version ?? 0,
            Document => _documents.GetValueOrDefault(w.Id)?.Version ?? 0,
            _ => throw new ArgumentException($"The store cannot keep a {w.Entity.GetType().Name}.", nameof(w)),
        };
    }

    private sealed record StoredRecord(string Id, long Version, HashSet<string> Terms, string Json);
}
