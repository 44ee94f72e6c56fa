using Crm.Framework.Testing;

namespace Crm.Framework.Storage.LiteDb.Tests;

/// <summary>The LiteDB store keeps the store contract, each test on a new file.</summary>
public sealed class LiteDbStoreContractTests : StoreContractTests
{
    private readonly TempDatabase _file = new();

    protected override ICrmStore CreateStore() => new LiteDbCrmStore(_file.Path);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _file.Dispose();
    }
}
