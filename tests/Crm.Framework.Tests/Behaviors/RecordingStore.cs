using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Behaviors;

/// <summary>An in-memory store that records every commit it is given, and can be made to fail the next one.</summary>
public sealed class RecordingStore : ICrmStore
{
    private readonly InMemoryCrmStore _inner = new();

    /// <summary>Each commit: the writes (kind, id, action) and the audit entries, in order.</summary>
    public List<(IReadOnlyList<EntityWrite> Writes, IReadOnlyList<AuditEntry> Audit)> Commits { get; } = [];

    /// <summary>Thrown by the next commit instead of committing, if set.</summary>
    public Exception? FailNextCommit { get; set; }

    public void Commit(ChangeSet changes)
    {
        if (FailNextCommit is { } failure)
        {
            FailNextCommit = null;
            throw failure;
        }
        _inner.Commit(changes);
        Commits.Add((changes.Writes.ToList(), changes.Audit.ToList()));
    }

    public Customer? GetCustomer(string id) => _inner.GetCustomer(id);
    public IReadOnlyList<Customer> FindCustomers(CustomerQuery query) => _inner.FindCustomers(query);
    public Interaction? GetInteraction(string id) => _inner.GetInteraction(id);
    public IReadOnlyList<Interaction> InteractionsOf(string customerId, int limit) => _inner.InteractionsOf(customerId, limit);
    public Deal? GetDeal(string id) => _inner.GetDeal(id);
    public IReadOnlyList<Deal> FindDeals(ListDeals query) => _inner.FindDeals(query);
    public Document? GetDocument(string id) => _inner.GetDocument(id);
    public IReadOnlyList<Document> DocumentsOf(string customerId, int limit) => _inner.DocumentsOf(customerId, limit);
    public T? GetRecord<T>(RecordKind<T> kind, string id) where T : class => _inner.GetRecord(kind, id);
    public IReadOnlyList<T> FindRecords<T>(RecordKind<T> kind, params RecordKey[] keys) where T : class => _inner.FindRecords(kind, keys);
    public IReadOnlyList<AuditEntry> ReadAudit(string? entityId, int limit) => _inner.ReadAudit(entityId, limit);
    public void EnsureIndexes(IEnumerable<FieldDefinition> fields) => _inner.EnsureIndexes(fields);
}
