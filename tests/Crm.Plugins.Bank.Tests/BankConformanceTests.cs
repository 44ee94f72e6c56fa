using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Bank.Tests;

/// <summary>The bank plugin keeps every rule of the conformance kit.</summary>
public sealed class BankConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new BankPlugin();
}
