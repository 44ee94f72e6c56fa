using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Automotive.Tests;

/// <summary>The automotive plugin keeps every rule of the conformance kit.</summary>
public sealed class AutomotiveConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new AutomotivePlugin();
}
