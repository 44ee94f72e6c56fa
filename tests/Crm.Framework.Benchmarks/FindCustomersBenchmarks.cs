using BenchmarkDotNet.Attributes;
using Crm.Framework.Customers;
using Crm.Framework.Storage;
using Crm.Framework.Storage.LiteDb;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// Finding one customer among 20,000 in a LiteDB file: by a custom field without an index (LiteDB reads
/// every customer), by the same values in a field declared <c>Indexed</c>, and by email (the contact index).
/// Each query matches exactly one customer. Calls <see cref="ICrmStore.FindCustomers"/> directly.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioTrendConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class FindCustomersBenchmarks
{
    /// <summary>How many customers the file holds.</summary>
    public const int Customers = 20_000;

    private const int Wanted = 13_337;
    private const int Batch = 2_000;

    private readonly CustomerQuery _byUnindexedField = new() { FieldKey = BenchCustomers.LegacyNumber.Key, FieldValue = BenchCustomers.Number(Wanted) };
    private readonly CustomerQuery _byIndexedField = new() { FieldKey = BenchCustomers.LoyaltyNumber.Key, FieldValue = BenchCustomers.Number(Wanted) };
    private readonly CustomerQuery _byEmail = new() { Email = BenchCustomers.Email(Wanted) };
    private TempFolder? _folder;
    private LiteDbCrmStore? _store;

    /// <summary>Writes the 20,000 customers in batches and indexes the loyalty number (not the legacy number).</summary>
    [GlobalSetup]
    public void Fill()
    {
        _folder = new TempFolder();
        _store = new LiteDbCrmStore(_folder.DatabasePath);
        _store.EnsureIndexes([BenchCustomers.LoyaltyNumber, BenchCustomers.LegacyNumber]);
        for (var first = 1; first <= Customers; first += Batch) _store.Commit(BenchCustomers.Changes(first, Batch));

        foreach (var query in new[] { _byUnindexedField, _byIndexedField, _byEmail })
        {
            var found = _store.FindCustomers(query);
            if (found.Count != 1 || found[0].Id != BenchCustomers.Id(Wanted))
                throw new InvalidOperationException($"The query {query} found {found.Count} customers instead of {BenchCustomers.Id(Wanted)}.");
        }
    }

    /// <summary>Closes and deletes the file.</summary>
    [GlobalCleanup]
    public void Delete()
    {
        _store?.Dispose();
        _folder?.Dispose();
    }

    /// <summary>A field without an index: a full scan.</summary>
    [Benchmark(Baseline = true, Description = "unindexed field (scan)")]
    public IReadOnlyList<Customer> ByUnindexedField() => _store!.FindCustomers(_byUnindexedField);

    /// <summary>A field declared <c>Indexed</c>.</summary>
    [Benchmark(Description = "indexed field")]
    public IReadOnlyList<Customer> ByIndexedField() => _store!.FindCustomers(_byIndexedField);

    /// <summary>An email, through the contact index.</summary>
    [Benchmark(Description = "email (contact index)")]
    public IReadOnlyList<Customer> ByEmail() => _store!.FindCustomers(_byEmail);
}
