using System.ComponentModel.DataAnnotations;

namespace Crm.Framework.Hosting;

/// <summary>How a host runs the CRM. Bound from the <c>Crm</c> configuration section, then from the <c>AddCrm</c> callback.</summary>
public sealed class CrmOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Crm";

    /// <summary>The workspace folder holding the LiteDB file and <c>workspace.json</c>. Default <c>./.crm</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Workspace { get; set; } = ".crm";

    /// <summary>The plugins folder (<c>&lt;folder&gt;/&lt;Id&gt;/&lt;Id&gt;.dll</c>). Default: <c>plugins</c> beside the application.</summary>
    public string? PluginsPath { get; set; }

    /// <summary>Plugin ids or industries to enable; null: the workspace's list, or every plugin when there is none.</summary>
    public IList<string>? EnabledPlugins { get; set; }

    /// <summary>Stop at start when a plugin fails to load, instead of running without it. Default false.</summary>
    public bool FailOnPluginError { get; set; }

    /// <summary>The acting user for the audit trail. Default: the operating-system user name.</summary>
    public string? User { get; set; }

    /// <summary>Declarations of the application itself (fields, funnels, templates, channels), made before any plugin.</summary>
    public Action<Crm.Framework.Plugins.ICrmPluginBuilder>? Configure { get; set; }

    /// <summary>The plugins folder resolved against the application folder.</summary>
    public string ResolvedPluginsPath => Path.GetFullPath(PluginsPath ?? Path.Combine(AppContext.BaseDirectory, "plugins"));
}
