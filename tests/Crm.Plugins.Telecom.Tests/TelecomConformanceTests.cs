using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Telecom.Tests;

/// <summary>The telecom plugin keeps every rule of the conformance kit.</summary>
public sealed class TelecomConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new TelecomPlugin();
}
