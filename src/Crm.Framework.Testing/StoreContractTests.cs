using Crm.Framework.Fields;
using Crm.Framework.Storage;
using Xunit;
using static Crm.Framework.Testing.StoreSamples;

namespace Crm.Framework.Testing;

/// <summary>
/// The store contract: what every <see cref="ICrmStore"/> must do, as tests. Derive a class in a test
/// project, return a fresh, empty store from <see cref="CreateStore"/>, and every test here runs against it.
/// This part covers commits and concurrency; the queries are in the other part of the class.
/// </summary>
public abstract partial class StoreContractTests : IDisposable
{
    private ICrmStore? _store;

    /// <summary>A new, empty store. Called at most once per test; a store that is <see cref="IDisposable"/> is disposed after it.</summary>
    protected abstract ICrmStore CreateStore();

    /// <summary>The store under test (xunit makes a new instance of the class for every test).</summary>
    protected ICrmStore Store => _store ??= CreateStore();

    /// <summary>Commits <paramref name="writes"/> as one change set.</summary>
    protected void Commit(params EntityWrite[] writes) => Store.Commit(Changes(writes));

    /// <summary>Disposes the store.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the store; override to also clean up what <see cref="CreateStore"/> made (call the base first).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _store is IDisposable disposable) disposable.Dispose();
    }

    /// <summary>A customer with every property set reads back with every property, offsets and sub-millisecond ticks included.</summary>
    [Fact]
    public void Commit_then_get_returns_an_equal_customer()
    {
        var rich = RichCustomer("C-1");
        var minimal = Customer("C-2");

        Commit(Insert(rich), Insert(minimal));

        StoreAssert.Equivalent(rich, Store.GetCustomer("C-1"));
        StoreAssert.Equivalent(minimal, Store.GetCustomer("C-2"));
    }

    /// <summary>Deals (money, dates, history), interactions and documents read back with every property.</summary>
    [Fact]
    public void Deals_interactions_and_documents_round_trip_exactly()
    {
        var deal = RichDeal("D-1", "C-1");
        var plainDeal = Deal("D-2", "C-1");
        var interaction = RichInteraction("I-1", "C-1", "D-1");
        var plainInteraction = Interaction("I-2", "C-1", Moment);
        var document = RichDocument("DOC-1", "C-1", "D-1");
        var plainDocument = Document("DOC-2", "C-1", Moment);

        Commit(Insert(deal), Insert(plainDeal), Insert(interaction), Insert(plainInteraction), Insert(document), Insert(plainDocument));

        StoreAssert.Equivalent(deal, Store.GetDeal("D-1"));
        StoreAssert.Equivalent(plainDeal, Store.GetDeal("D-2"));
        StoreAssert.Equivalent(interaction, Store.GetInteraction("I-1"));
        StoreAssert.Equivalent(plainInteraction, Store.GetInteraction("I-2"));
        StoreAssert.Equivalent(document, Store.GetDocument("DOC-1"));
        StoreAssert.Equivalent(plainDocument, Store.GetDocument("DOC-2"));
    }

    /// <summary>Custom field values come back as the CLR primitives written: string, decimal with its scale, bool, string[].</summary>
    [Fact]
    public void Field_values_round_trip_as_the_same_primitives()
    {
        Commit(Insert(Customer("C-1") with { Fields = EveryFieldType }));

        var fields = Store.GetCustomer("C-1")!.Fields;

        Assert.Equal(EveryFieldType.Keys.Order(StringComparer.Ordinal), fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Ada \"Countess\" – Lovelace ✓", Assert.IsType<string>(fields["nickname"]));
        Assert.Equal("720.50", FieldValues.Format(Assert.IsType<decimal>(fields["credit_score"])));
        Assert.Equal(-0.001m, Assert.IsType<decimal>(fields["balance"]));
        Assert.True(Assert.IsType<bool>(fields["vip"]));
        Assert.False(Assert.IsType<bool>(fields["opted_out"]));
        Assert.Equal(["mortgage", "savings"], Assert.IsType<string[]>(fields["products"]));
        Assert.Empty(Assert.IsType<string[]>(fields["no_products"]));
        Assert.Equal(new DateOnly(1815, 12, 10), fields.GetDate("birth_date"));
        Assert.Equal(Money.Of(1500m, "EUR"), fields.GetMoney("income"));
    }

    /// <summary>Reading what was never written gives null or nothing, not an error.</summary>
    [Fact]
    public void Reads_of_unknown_ids_return_null_or_nothing()
    {
        Assert.Null(Store.GetCustomer("C-404"));
        Assert.Null(Store.GetDeal("D-404"));
        Assert.Null(Store.GetInteraction("I-404"));
        Assert.Null(Store.GetDocument("DOC-404"));
        Assert.Empty(Store.InteractionsOf("C-404", 10));
        Assert.Empty(Store.DocumentsOf("C-404", 10));
        Assert.Empty(Store.ReadAudit("C-404", 10));
        Assert.Empty(Store.FindCustomers(new CustomerQuery()));
    }

    /// <summary>A write based on the stored version replaces the entity.</summary>
    [Fact]
    public void An_update_based_on_the_stored_version_replaces_the_entity()
    {
        var v1 = Customer("C-1");
        Commit(Insert(v1));
        var v2 = v1 with { Name = "Ada King", Tags = ["countess"], Version = 2 };

        Commit(Update(v1, v2));

        StoreAssert.Equivalent(v2, Store.GetCustomer("C-1"));
    }

    /// <summary>Two edits of the same version: the second is refused with a conflict and the first stays.</summary>
    [Fact]
    public void A_stale_update_is_refused_and_nothing_is_overwritten()
    {
        var v1 = Customer("C-1");
        Commit(Insert(v1));
        var mine = v1 with { Name = "Mine", Version = 2 };
        var theirs = v1 with { Name = "Theirs", Version = 2 };
        Commit(Update(v1, mine));

        var conflict = Assert.Throws<ConcurrencyConflictException>(() => Commit(Update(v1, theirs)));

        Assert.Equal((EntityKinds.Customer, "C-1"), (conflict.Kind, conflict.Id));
        StoreAssert.Equivalent(mine, Store.GetCustomer("C-1"));
    }

    /// <summary>Inserting an id that is already stored is a conflict; the stored entity stays.</summary>
    [Fact]
    public void An_insert_of_an_existing_id_is_a_conflict()
    {
        var first = Deal("D-1", "C-1");
        Commit(Insert(first));

        var conflict = Assert.Throws<ConcurrencyConflictException>(() => Commit(Insert(first with { Title = "Second" })));

        Assert.Equal((EntityKinds.Deal, "D-1"), (conflict.Kind, conflict.Id));
        StoreAssert.Equivalent(first, Store.GetDeal("D-1"));
    }

    /// <summary>An update of an entity that was never stored is a conflict, not an insert.</summary>
    [Fact]
    public void An_update_of_an_entity_never_stored_is_a_conflict()
    {
        var ghost = Interaction("I-1", "C-1", Moment);

        var conflict = Assert.Throws<ConcurrencyConflictException>(() => Commit(Update(ghost, ghost with { Version = 2 })));

        Assert.Equal((EntityKinds.Interaction, "I-1"), (conflict.Kind, conflict.Id));
        Assert.Null(Store.GetInteraction("I-1"));
    }

    /// <summary>One stale write fails the whole change set: the good writes before it and its audit entries are not stored.</summary>
    [Fact]
    public void A_failed_commit_writes_nothing_of_the_change_set()
    {
        var existing = Customer("C-1");
        Commit(Insert(existing));
        var changes = Changes(
            [Insert(Customer("C-2", "Grace Hopper")), Update(existing with { Version = 7 }, existing with { Name = "Stale", Version = 8 })],
            [Audit("A-1", EntityKinds.Customer, "C-2", Moment), Audit("A-2", EntityKinds.Customer, "C-1", Moment)]);

        Assert.Throws<ConcurrencyConflictException>(() => Store.Commit(changes));

        Assert.Null(Store.GetCustomer("C-2"));
        StoreAssert.Equivalent(existing, Store.GetCustomer("C-1"));
        Assert.Empty(Store.ReadAudit(null, 10));
    }

    /// <summary>A change set of thousands of writes is one transaction: a conflict in its last write stores none of them.</summary>
    [Fact]
    public void A_large_change_set_is_all_or_nothing()
    {
        var existing = Customer("C-0");
        Commit(Insert(existing));
        var inserts = Enumerable.Range(1, 2_000).Select(i => Insert(Customer($"C-{i:D5}", $"Customer {i:D5}"))).ToList();
        var audit = inserts.Select(w => Audit($"A-{w.Id}", EntityKinds.Customer, w.Id, Moment)).ToList();

        Assert.Throws<ConcurrencyConflictException>(() => Store.Commit(Changes([.. inserts, Insert(existing)], audit)));
        Assert.Single(Store.FindCustomers(new CustomerQuery { Limit = 10_000 }));
        Assert.Empty(Store.ReadAudit(null, 10));

        Store.Commit(Changes(inserts, audit));
        Assert.Equal(2_001, Store.FindCustomers(new CustomerQuery { Limit = 10_000 }).Count);
        Assert.Equal(2_000, Store.ReadAudit(null, 10_000).Count);
    }

    /// <summary>Writes of every kind and their audit entries land together in one commit.</summary>
    [Fact]
    public void Writes_of_every_kind_commit_together_with_their_audit()
    {
        var entry = Audit("A-1", EntityKinds.Customer, "C-1", Moment);

        Store.Commit(Changes(
            [Insert(Customer("C-1")), Insert(Deal("D-1", "C-1")), Insert(Interaction("I-1", "C-1", Moment)), Insert(Document("DOC-1", "C-1", Moment))],
            [entry]));

        Assert.NotNull(Store.GetCustomer("C-1"));
        Assert.NotNull(Store.GetDeal("D-1"));
        Assert.NotNull(Store.GetInteraction("I-1"));
        Assert.NotNull(Store.GetDocument("DOC-1"));
        StoreAssert.Equivalent(entry, Assert.Single(Store.ReadAudit(null, 10)));
    }
}
