using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Airline.Tests;

/// <summary>The airline plugin keeps every rule of the conformance kit.</summary>
public sealed class AirlineConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new AirlinePlugin();
}
