namespace Crm.Framework.Hosting.Workspaces;

/// <summary>What <c>workspace.json</c> holds.</summary>
public sealed record WorkspaceSettings
{
    /// <summary>The industry the workspace was created for, e.g. <c>bank</c>.</summary>
    public string? Industry { get; init; }

    /// <summary>Enabled plugin ids or industries.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>When the workspace was created.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>True for a workspace made by <c>crm demo</c>, which the demo may replace.</summary>
    public bool Demo { get; init; }
}
