using BenchmarkDotNet.Attributes;
using Crm.Framework.Storage;
using Crm.Framework.Storage.LiteDb;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// Writing 1,000 new customers (each with its audit entry) to a new LiteDB file: one change set, so one
/// transaction and one fsync, per customer — what seeding through one command per record does — against
/// all of them in one change set. The change sets are built beforehand: only <see cref="ICrmStore.Commit"/> is timed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioTrendConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class StoreCommitBenchmarks
{
    /// <summary>How many customers each benchmark writes.</summary>
    public const int Customers = 1_000;

    private List<ChangeSet> _onePerCustomer = [];
    private ChangeSet _allInOne = new();
    private TempFolder? _folder;
    private LiteDbCrmStore? _store;

    /// <summary>Builds the change sets once.</summary>
    [GlobalSetup]
    public void BuildChangeSets()
    {
        _onePerCustomer = Enumerable.Range(1, Customers).Select(n => BenchCustomers.Changes(n, 1)).ToList();
        _allInOne = BenchCustomers.Changes(1, Customers);
    }

    /// <summary>Every iteration writes into a new, empty file (the ids would otherwise exist already).</summary>
    [IterationSetup]
    public void OpenEmptyFile()
    {
        _folder = new TempFolder();
        _store = new LiteDbCrmStore(_folder.DatabasePath);
    }

    /// <summary>Closes (and checkpoints) the file outside the measurement, then deletes it.</summary>
    [IterationCleanup]
    public void DeleteFile()
    {
        _store?.Dispose();
        _folder?.Dispose();
    }

    /// <summary>1,000 commits of one customer each.</summary>
    [Benchmark(Baseline = true, Description = "1,000 commits of 1 customer")]
    public void CommitOnePerCustomer()
    {
        foreach (var changes in _onePerCustomer) _store!.Commit(changes);
    }

    /// <summary>One commit of 1,000 customers.</summary>
    [Benchmark(Description = "1 commit of 1,000 customers")]
    public void CommitAllInOne() => _store!.Commit(_allInOne);
}
