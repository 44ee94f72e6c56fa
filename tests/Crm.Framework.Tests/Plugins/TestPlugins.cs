using Crm.Framework.Fields;
using Crm.Framework.Plugins;

namespace Crm.Framework.Tests.Plugins;

/// <summary>A plugin whose Configure is a delegate, with the manifest the test needs.</summary>
public sealed class DelegatePlugin(Action<ICrmPluginBuilder> configure) : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) => configure(builder);

    /// <summary>A candidate with id <paramref name="id"/>; <paramref name="configured"/> records the order Configure ran in.</summary>
    public static PluginCandidate Candidate(string id, Action<ICrmPluginBuilder>? configure = null, string[]? dependencies = null,
        string? industry = null, string framework = "[1.0,2.0)", List<string>? configured = null) =>
        new(new PluginManifest(id, id, "1.0.0", industry, null, dependencies ?? [], framework, $"plugins/{id}/{id}.dll"),
            () => new DelegatePlugin(b =>
            {
                configured?.Add(id);
                configure?.Invoke(b);
            }));

    /// <summary>Declares one customer text field.</summary>
    public static Action<ICrmPluginBuilder> Field(string key) =>
        b => b.AddField(new FieldDefinition(key, key, FieldType.Text, FieldTarget.Customer));
}

/// <summary>A plugin that breaks while configuring, after declaring something.</summary>
public sealed class ThrowingPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder)
    {
        builder.AddField(new FieldDefinition("half_declared", "Half declared", FieldType.Text, FieldTarget.Customer));
        throw new InvalidOperationException("the tariff table is missing");
    }
}

/// <summary>A plugin that declares a field correctly.</summary>
public sealed class SegmentPlugin : ICrmPlugin
{
    public void Configure(ICrmPluginBuilder builder) =>
        builder.AddField(new FieldDefinition("tariff", "Tariff", FieldType.Choice, FieldTarget.Customer)
        {
            Constraints = new FieldConstraints { Choices = ["basic", "premium"] },
        });
}
