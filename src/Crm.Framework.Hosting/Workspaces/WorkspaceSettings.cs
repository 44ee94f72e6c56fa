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

    /// <summary>The company's teams (<c>crm teams add</c>), declared to the CRM at start as the application's own.</summary>
    public IReadOnlyList<WorkspaceTeam> Teams { get; init; } = [];
}

/// <summary>A team as written in <c>workspace.json</c>.</summary>
/// <param name="Key">snake_case key.</param>
/// <param name="Name">Display name.</param>
/// <param name="Members">User names, in rotation order.</param>
/// <param name="Lead">Who takes escalations; default the first member.</param>
public sealed record WorkspaceTeam(string Key, string Name, IReadOnlyList<string> Members, string? Lead = null);
