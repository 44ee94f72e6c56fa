using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Pharmacy.Tests;

/// <summary>The pharmacy plugin keeps every rule of the conformance kit.</summary>
public sealed class PharmacyConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new PharmacyPlugin();
}
