namespace Crm.Framework.Plugins;

/// <summary>Facts about the running framework that plugins are checked against.</summary>
public static class CrmFrameworkInfo
{
    /// <summary>The framework version: the version of this assembly (set once in Directory.Build.props).</summary>
    public static Version Version { get; } = typeof(CrmFrameworkInfo).Assembly.GetName().Version ?? new Version(1, 0, 0);
}
