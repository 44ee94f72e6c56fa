using Crm.Framework.Plugins;
using Crm.Framework.Testing.Conformance;

namespace Crm.Plugins.Education.Tests;

/// <summary>The education plugin keeps every rule of the conformance kit.</summary>
public sealed class EducationConformanceTests : PluginConformanceTests
{
    protected override ICrmPlugin CreatePlugin() => new EducationPlugin();
}
