using BenchmarkDotNet.Attributes;
using Crm.Framework.Activities;
using Crm.Framework.Storage;
using Crm.Framework.Storage.LiteDb;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// Records kept as JSON (ADR-007) in a LiteDB file of 20,000 activities of 50 owners, half of them done: one
/// owner's open activities (200 records) read without the lookup keys — every activity deserialised and
/// filtered in .NET — against <see cref="ICrmStore.FindRecords"/> by the owner and status keys (the terms
/// index), and one activity by id. Calls the store directly.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioTrendConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class FindRecordsBenchmarks
{
    /// <summary>How many activities the file holds.</summary>
    public const int Activities = 20_000;

    private const int Owners = 50;
    private const int Batch = 2_000;
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly RecordKey[] _openOfOwner = [new("owner", Owner(7)), new("status", "open")];
    private TempFolder? _folder;
    private LiteDbCrmStore? _store;

    /// <summary>Writes the activities in batches of 2,000 and checks that both ways find the same 200.</summary>
    [GlobalSetup]
    public void Fill()
    {
        _folder = new TempFolder();
        _store = new LiteDbCrmStore(_folder.DatabasePath);
        for (var first = 0; first < Activities; first += Batch)
        {
            var changes = new ChangeSet();
            for (var i = first; i < first + Batch; i++)
            {
                var activity = Activity(i);
                changes.Put(new EntityWrite(ActivityRecords.Kind.Name, activity.Id, activity, 0, null, "ScheduleActivity", ActivityRecords.Kind));
            }
            _store.Commit(changes);
        }
        var scanned = Scan();
        var found = ByKeys();
        if (found.Count != 200 || !scanned.Select(a => a.Id).SequenceEqual(found.Select(a => a.Id)))
            throw new InvalidOperationException($"The key lookup found {found.Count} activities, the scan {scanned.Count}; both must find the same 200.");
    }

    /// <summary>Closes and deletes the file.</summary>
    [GlobalCleanup]
    public void Delete()
    {
        _store?.Dispose();
        _folder?.Dispose();
    }

    /// <summary>Every activity read and filtered in .NET.</summary>
    [Benchmark(Baseline = true, Description = "all activities, filtered in .NET")]
    public IReadOnlyList<Activity> Scan() =>
        _store!.FindRecords(ActivityRecords.Kind).Where(a => a.Owner == Owner(7) && a.Status == ActivityStatus.Open).ToList();

    /// <summary>The owner and status keys, through the terms index.</summary>
    [Benchmark(Description = "owner + status keys (terms index)")]
    public IReadOnlyList<Activity> ByKeys() => _store!.FindRecords(ActivityRecords.Kind, _openOfOwner);

    /// <summary>One activity by id.</summary>
    [Benchmark(Description = "one activity by id")]
    public Activity? ById() => _store!.GetRecord(ActivityRecords.Kind, Id(13_337));

    private static string Owner(int n) => $"user{n:D2}";

    private static string Id(int i) => $"ACT-{i:D10}";

    private static Activity Activity(int i) => new()
    {
        Id = Id(i),
        Kind = (ActivityKind)(i % 4),
        Subject = $"Follow up on offer {i}",
        Notes = "Customer asked for the fixed-rate comparison and a branch appointment next week.",
        Owner = Owner(i % Owners),
        CustomerId = $"C-{i % 5_000:D10}",
        Due = Start.AddMinutes(i * 17),
        Duration = TimeSpan.FromMinutes(30),
        Status = i % 100 < 50 ? ActivityStatus.Open : ActivityStatus.Done,
        Version = 1,
    };
}
