using BenchmarkDotNet.Attributes;
using Crm.Framework.Customers;
using Crm.Framework.Storage.LiteDb;
using Crm.Framework.Testing;
using Crm.Plugins.Bank;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// One <see cref="CreateCustomer"/> through the mediator of a bank CRM (<see cref="CrmTestHost"/> with the
/// <see cref="BankPlugin"/>): error translation, validation of ten bank fields, the unit of work, the audit
/// entry, the commit and the <c>CustomerCreated</c> event — over the in-memory store, then over a LiteDB
/// file, whose commit is one transaction with an fsync. An invocation sends <see cref="InMemoryCreates"/> or
/// <see cref="LiteDbCreates"/> commands, so an iteration lasts over 100 ms either way; times are per command.
/// Every iteration starts from a new store holding one customer, sent before the measurement so that the
/// first resolution of the pipeline is not timed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioTrendConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[InvocationCount(1)]
public class CreateCustomerBenchmarks
{
    /// <summary>Commands sent per invocation over the in-memory store.</summary>
    public const int InMemoryCreates = 2_000;

    /// <summary>Commands sent per invocation over LiteDB.</summary>
    public const int LiteDbCreates = 200;

    private static readonly CreateCustomer Request = new()
    {
        Name = "Mari Tamm",
        Owner = "kadri.rebane",
        Contacts = [new ContactPoint(ContactKind.Email, "Mari.Tamm@example.com"), new ContactPoint(ContactKind.Address, "Pärnu mnt 22-5, 10141 Tallinn, Estonia")],
        Fields = new Dictionary<string, object?>
        {
            ["national_id"] = "48803140278",
            ["date_of_birth"] = new DateOnly(1988, 3, 14),
            ["segment"] = "retail",
            ["kyc_status"] = "verified",
            ["aml_risk_rating"] = "low",
            ["credit_score"] = 712,
            ["annual_income"] = new Money(26_400, "EUR"),
            ["employment_status"] = "employed",
            ["employer"] = "Tallinn School No. 21",
            ["home_branch"] = "TLN01",
        },
    };

    private CrmTestHost? _inMemory;
    private CrmTestHost? _liteDb;
    private LiteDbCrmStore? _liteDbStore;
    private TempFolder? _folder;

    /// <summary>A new host on a new in-memory store.</summary>
    [IterationSetup(Target = nameof(InMemory))]
    public void NewInMemoryHost()
    {
        _inMemory = CrmTestHost.Create(new BankPlugin());
        WarmUp(_inMemory);
    }

    /// <summary>A new host on a new LiteDB file.</summary>
    [IterationSetup(Target = nameof(LiteDb))]
    public void NewLiteDbHost()
    {
        _folder = new TempFolder();
        _liteDbStore = new LiteDbCrmStore(_folder.DatabasePath);
        _liteDb = CrmTestHost.Create(o =>
        {
            o.Plugins.Add(new BankPlugin());
            o.Store = _liteDbStore;
        });
        WarmUp(_liteDb);
    }

    /// <summary>Disposes the in-memory host.</summary>
    [IterationCleanup(Target = nameof(InMemory))]
    public void DisposeInMemoryHost() => _inMemory?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Disposes the LiteDB host, closes the file (checkpoint) and deletes it.</summary>
    [IterationCleanup(Target = nameof(LiteDb))]
    public void DisposeLiteDbHost()
    {
        _liteDb?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _liteDbStore?.Dispose();
        _folder?.Dispose();
    }

    /// <summary>Over <see cref="InMemoryCrmStore"/>: the cost of the pipeline alone.</summary>
    [Benchmark(Baseline = true, Description = "CreateCustomer, in-memory store", OperationsPerInvoke = InMemoryCreates)]
    public Task InMemory() => Create(_inMemory!, InMemoryCreates);

    /// <summary>Over <see cref="LiteDbCrmStore"/>: the pipeline plus one LiteDB transaction.</summary>
    [Benchmark(Description = "CreateCustomer, LiteDB store", OperationsPerInvoke = LiteDbCreates)]
    public Task LiteDb() => Create(_liteDb!, LiteDbCreates);

    private static async Task Create(CrmTestHost crm, int count)
    {
        for (var i = 0; i < count; i++) await crm.Send(Request);
    }

    private static void WarmUp(CrmTestHost crm) => crm.Send(Request).GetAwaiter().GetResult();
}
