using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Hospital.Tests;

/// <summary>The hospital plugin keeps every rule of the conformance kit.</summary>
public sealed class HospitalConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new HospitalPlugin();
}
