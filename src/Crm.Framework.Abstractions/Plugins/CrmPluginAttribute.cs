namespace Crm.Framework.Plugins;

/// <summary>
/// Declares an assembly as a Crm.Framework plugin: its manifest. Put it once in the plugin's
/// <c>Manifest.cs</c>: <c>[assembly: CrmPlugin("Crm.Plugins.Bank", "Banking", "1.0.0", Industry = "bank")]</c>.
/// </summary>
/// <param name="id">The plugin id; the folder and the DLL carry the same name (<c>plugins/&lt;Id&gt;/&lt;Id&gt;.dll</c>).</param>
/// <param name="name">The name people read.</param>
/// <param name="version">The plugin's own version (semantic version).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CrmPluginAttribute(string id, string name, string version) : Attribute
{
    /// <summary>The plugin id.</summary>
    public string Id { get; } = id;

    /// <summary>The name people read.</summary>
    public string Name { get; } = name;

    /// <summary>The plugin version.</summary>
    public string Version { get; } = version;

    /// <summary>The industry it models, e.g. <c>bank</c>; <c>crm init --industry</c> picks plugins by it.</summary>
    public string? Industry { get; init; }

    /// <summary>A sentence for <c>crm plugins list</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Ids of plugins that must load first.</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>
    /// The framework versions the plugin works with, in interval notation: <c>[1.0,2.0)</c> means
    /// 1.0 or later and before 2.0. Default: <c>[1.0,2.0)</c>.
    /// </summary>
    public string Framework { get; init; } = "[1.0,2.0)";
}
