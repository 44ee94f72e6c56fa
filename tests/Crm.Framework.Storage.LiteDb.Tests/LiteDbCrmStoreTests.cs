using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using LiteDB;
using static Crm.Framework.Testing.StoreSamples;

namespace Crm.Framework.Storage.LiteDb.Tests;

public sealed class LiteDbCrmStoreTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Data_survives_reopening_the_file()
    {
        var customer = RichCustomer("C-1");
        var updated = customer with { Name = "Ada King", Version = customer.Version + 1 };
        var deal = RichDeal("D-1", "C-1");
        var interaction = RichInteraction("I-1", "C-1", "D-1");
        var document = RichDocument("DOC-1", "C-1", "D-1");
        var entry = Audit("A-1", EntityKinds.Customer, "C-1", Moment);
        using (var store = new LiteDbCrmStore(_file.Path))
        {
            store.Commit(Changes([Insert(customer), Insert(deal), Insert(interaction), Insert(document)], [entry]));
            store.Commit(Changes([Update(customer, updated)]));
        }

        using var reopened = new LiteDbCrmStore(_file.Path);

        StoreAssert.Equivalent(updated, reopened.GetCustomer("C-1"));
        StoreAssert.Equivalent(deal, reopened.GetDeal("D-1"));
        StoreAssert.Equivalent(interaction, reopened.GetInteraction("I-1"));
        StoreAssert.Equivalent(document, reopened.GetDocument("DOC-1"));
        StoreAssert.Equivalent(entry, Assert.Single(reopened.ReadAudit(null, 10)));
        Assert.Throws<ConcurrencyConflictException>(() => reopened.Commit(Changes([Update(customer, updated)])));
    }

    [Fact]
    public void Dispose_checkpoints_the_log_into_the_file()
    {
        using (var store = new LiteDbCrmStore(_file.Path))
            store.Commit(Changes([Insert(Customer("C-1"))]));

        // The data file alone, without the log beside it, must hold the commit.
        var copy = Path.Combine(_file.Folder, "copy", "crm.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(_file.Path, copy);
        using var database = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct });

        Assert.Equal(1, database.GetCollection("customers").Count());
    }

    [Fact]
    public void No_clr_type_names_are_stored()
    {
        using (var store = new LiteDbCrmStore(_file.Path))
        {
            store.Commit(Changes(
                [Insert(RichCustomer("C-1")), Insert(RichDeal("D-1", "C-1")), Insert(RichInteraction("I-1", "C-1", "D-1")), Insert(RichDocument("DOC-1", "C-1", "D-1"))],
                [Audit("A-1", EntityKinds.Customer, "C-1", Moment)]));
        }

        using var database = new LiteDatabase(new ConnectionString { Filename = _file.Path, Connection = ConnectionType.Direct });
        var documents = database.GetCollectionNames().SelectMany(name => database.GetCollection(name).FindAll()).ToList();

        Assert.Equal(5, documents.Count);
        Assert.All(documents, document =>
        {
            Assert.DoesNotContain("_type", Keys(document));
            Assert.DoesNotContain(Strings(document), s => s.Contains("Crm.Framework", StringComparison.Ordinal) || s.Contains("System.", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Creating_the_store_creates_a_missing_folder()
    {
        var path = Path.Combine(_file.Folder, "workspace", ".crm", "crm.db");

        using (var store = new LiteDbCrmStore(path))
            store.Commit(Changes([Insert(Customer("C-1"))]));

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Two_stores_on_one_file_share_one_database()
    {
        var first = new LiteDbCrmStore(_file.Path);
        using var second = new LiteDbCrmStore(Path.Combine(_file.Folder, ".", "crm.db"));

        first.Commit(Changes([Insert(Customer("C-1"))]));
        Assert.NotNull(second.GetCustomer("C-1"));
        first.Dispose();
        second.Commit(Changes([Insert(Customer("C-2"))]));

        Assert.Equal(2, second.FindCustomers(new CustomerQuery()).Count);
        Assert.Throws<ObjectDisposedException>(() => first.GetCustomer("C-1"));
    }

    [Fact]
    public void Concurrent_commits_from_many_threads_all_land()
    {
        const int threads = 8, commits = 50;
        using (var store = new LiteDbCrmStore(_file.Path))
        {
            // Each commit writes to two collections plus the audit, the pattern LiteDB 5.0.20 corrupts unserialized.
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
            {
                for (var i = 0; i < commits; i++)
                {
                    var id = $"C-{thread}-{i:D2}";
                    object other = i % 2 == 0 ? Deal($"D-{thread}-{i:D2}", id) : Interaction($"I-{thread}-{i:D2}", id, Moment);
                    store.Commit(Changes([Insert(Customer(id)), Insert(other)], [Audit($"A-{id}", EntityKinds.Customer, id, Moment)]));
                    Assert.NotNull(store.GetCustomer(id));
                }
            });
        }

        using var reopened = new LiteDbCrmStore(_file.Path);
        Assert.Equal(threads * commits, reopened.FindCustomers(new CustomerQuery { Limit = 10_000 }).Count);
        Assert.Equal(threads * commits / 2, reopened.FindDeals(new ListDeals { Limit = 10_000 }).Count);
        Assert.Equal(threads * commits, reopened.ReadAudit(null, 10_000).Select(a => a.Id).Distinct().Count());
        Assert.Equal(["I-0-01"], reopened.InteractionsOf("C-0-01", 10).Select(i => i.Id));
    }

    [Fact]
    public void Concurrent_updates_of_one_customer_never_lose_a_change()
    {
        const int threads = 8, updates = 25;
        using var store = new LiteDbCrmStore(_file.Path);
        store.Commit(Changes([Insert(Customer("C-1"))]));

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var done = 0; done < updates;)
            {
                var before = store.GetCustomer("C-1")!;
                var after = before with { Tags = [.. before.Tags, $"t{thread}-{done}"], Version = before.Version + 1 };
                try
                {
                    store.Commit(Changes([Update(before, after)]));
                    done++;
                }
                catch (ConcurrencyConflictException)
                {
                    // Someone else got there first: read again and retry, as a user would.
                }
            }
        });

        var final = store.GetCustomer("C-1")!;
        Assert.Equal(1 + threads * updates, final.Version);
        Assert.Equal(threads * updates, final.Tags.Distinct().Count());
    }

    [Fact]
    public void A_write_that_fails_midway_rolls_back_the_whole_change_set()
    {
        using var store = new LiteDbCrmStore(_file.Path);
        // An indexed value longer than LiteDB's 1023-byte index key limit fails inside the transaction, after the first insert.
        var tooLong = Customer("C-2") with { Contacts = [new(ContactKind.Address, new string('x', 2_000))] };

        var error = Assert.Throws<LiteException>(() => store.Commit(Changes(
            [Insert(Customer("C-1")), Insert(tooLong)],
            [Audit("A-1", EntityKinds.Customer, "C-1", Moment)])));

        Assert.Equal(LiteException.INVALID_INDEX_KEY, error.ErrorCode);
        Assert.Null(store.GetCustomer("C-1"));
        Assert.Empty(store.ReadAudit(null, 10));
        store.Commit(Changes([Insert(Customer("C-1"))]));
        Assert.NotNull(store.GetCustomer("C-1"));
    }

    [Fact]
    public void A_change_set_of_ten_thousand_writes_is_one_transaction()
    {
        using var store = new LiteDbCrmStore(_file.Path);
        store.Commit(Changes([Insert(Customer("C-0"))]));
        var inserts = Enumerable.Range(1, 10_000).Select(i => Insert(Customer($"C-{i:D5}", $"Customer {i:D5}") with
        {
            Contacts = [new(ContactKind.Email, $"c{i}@example.com")],
            Tags = ["imported"],
        })).ToList();

        Assert.Throws<ConcurrencyConflictException>(() => store.Commit(Changes([.. inserts, Insert(Customer("C-0"))])));
        Assert.Empty(store.FindCustomers(new CustomerQuery { Tag = "imported" }));

        store.Commit(Changes(inserts));
        Assert.Equal(10_000, store.FindCustomers(new CustomerQuery { Tag = "imported", Limit = 10_000 }).Count);
        Assert.Equal(["C-09999"], store.FindCustomers(new CustomerQuery { Email = "c9999@example.com" }).Select(c => c.Id));
    }

    private static IEnumerable<string> Keys(BsonValue value) => value switch
    {
        BsonDocument document => document.Keys.Concat(document.Values.SelectMany(Keys)),
        BsonArray array => array.SelectMany(Keys),
        _ => [],
    };

    private static IEnumerable<string> Strings(BsonValue value) => value switch
    {
        BsonDocument document => document.Values.SelectMany(Strings),
        BsonArray array => array.SelectMany(Strings),
        { IsString: true } => [value.AsString],
        _ => [],
    };
}
