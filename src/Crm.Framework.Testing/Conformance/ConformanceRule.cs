namespace Crm.Framework.Testing.Conformance;

/// <summary>The rules every plugin must keep; each has its own test in <see cref="PluginConformanceTests"/>.</summary>
public enum ConformanceRule
{
    /// <summary>The manifest is present and valid: id = assembly name, semantic version, industry, description, a framework range that includes this framework, one entry class.</summary>
    Manifest,
    /// <summary>Configure runs without throwing.</summary>
    Configures,
    /// <summary>No key is declared twice or taken by the kernel.</summary>
    UniqueKeys,
    /// <summary>Field definitions can work: choices present, ranges ordered, patterns valid.</summary>
    FieldDefinitions,
    /// <summary>Every funnel has a start, reaches a won and a lost stage, and has no unreachable stage.</summary>
    FunnelShape,
    /// <summary>Every field required to enter a stage is a declared deal field.</summary>
    RequiredFieldsDeclared,
    /// <summary>Every field a template references is declared.</summary>
    TemplateFieldsDeclared,
    /// <summary>The demo data passes the plugin's own validation, and its automation does not fail.</summary>
    DemoDataValid,
    /// <summary>Every template renders against the demo data.</summary>
    TemplatesRender,
    /// <summary>Call scripts, products, SLA policies and assignment rules point at funnels, stages and teams the plugin declares.</summary>
    ReferencesDeclared,
    /// <summary>The plugin loads from its built DLL in a fresh host alongside all the others without key conflicts.</summary>
    LoadsWithOthers,
}

/// <summary>One broken rule, with a message that names the declaration at fault.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Message">What is wrong, naming the funnel, stage, field, template or plugin.</param>
public sealed record ConformanceProblem(ConformanceRule Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule}: {Message}";
}
