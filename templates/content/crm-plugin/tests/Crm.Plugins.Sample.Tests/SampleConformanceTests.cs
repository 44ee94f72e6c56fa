using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Sample.Tests;

/// <summary>
/// Every rule of the Crm.Framework conformance kit, one test each: a valid manifest, unique keys, usable
/// fields, funnels that reach won and lost, declared required and template fields, demo data that passes
/// validation, templates that render against it, and the built DLL loading like a host loads it.
/// </summary>
public sealed class SampleConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new SamplePlugin();
}
