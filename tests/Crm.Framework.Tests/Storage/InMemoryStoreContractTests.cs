using Crm.Framework.Storage;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Storage;

/// <summary>The in-memory store keeps the same contract as the real stores.</summary>
public sealed class InMemoryStoreContractTests : StoreContractTests
{
    protected override ICrmStore CreateStore() => new InMemoryCrmStore();
}
