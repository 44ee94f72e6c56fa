using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;

namespace Crm.Framework.Storage;

/// <summary>
/// The store contract. Reads return committed data; every change goes through <see cref="Commit"/>,
/// which applies a whole <see cref="ChangeSet"/> atomically or nothing. Implementations must pass the
/// store contract suite in Crm.Framework.Testing (<c>StoreContractTests</c>).
/// </summary>
public interface ICrmStore
{
    /// <summary>The customer with <paramref name="id"/>, or null.</summary>
    Customer? GetCustomer(string id);

    /// <summary>Customers matching every criterion of <paramref name="query"/>, ordered by name.</summary>
    IReadOnlyList<Customer> FindCustomers(CustomerQuery query);

    /// <summary>The interaction with <paramref name="id"/>, or null.</summary>
    Interaction? GetInteraction(string id);

    /// <summary>A customer's interactions, newest first.</summary>
    IReadOnlyList<Interaction> InteractionsOf(string customerId, int limit);

    /// <summary>The deal with <paramref name="id"/>, or null.</summary>
    Deal? GetDeal(string id);

    /// <summary>Deals matching every criterion of <paramref name="query"/>, newest first.</summary>
    IReadOnlyList<Deal> FindDeals(ListDeals query);

    /// <summary>The document with <paramref name="id"/>, or null.</summary>
    Document? GetDocument(string id);

    /// <summary>A customer's documents, newest first.</summary>
    IReadOnlyList<Document> DocumentsOf(string customerId, int limit);

    /// <summary>The record of <paramref name="kind"/> with <paramref name="id"/>, or null.</summary>
    T? GetRecord<T>(RecordKind<T> kind, string id) where T : class;

    /// <summary>
    /// Every record of <paramref name="kind"/> that has all of <paramref name="keys"/> (none: every record), ordered by id.
    /// The caller orders and filters further; keys are exact (ordinal) matches.
    /// </summary>
    IReadOnlyList<T> FindRecords<T>(RecordKind<T> kind, params RecordKey[] keys) where T : class;

    /// <summary>Audit entries, newest first, optionally only about one record.</summary>
    IReadOnlyList<AuditEntry> ReadAudit(string? entityId, int limit);

    /// <summary>Makes sure every field marked <see cref="FieldDefinition.Indexed"/> has an index. Safe to call again.</summary>
    void EnsureIndexes(IEnumerable<FieldDefinition> fields);

    /// <summary>
    /// Applies all writes and audit entries in one transaction. A write whose expected version differs
    /// from the stored one fails the whole commit with <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    void Commit(ChangeSet changes);
}
