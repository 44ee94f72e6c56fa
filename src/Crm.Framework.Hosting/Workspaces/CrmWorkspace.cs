using System.Text.Json;

namespace Crm.Framework.Hosting.Workspaces;

/// <summary>
/// A CRM workspace: one folder with the LiteDB file (<c>crm.db</c>) and <c>workspace.json</c>
/// (industry and enabled plugins). Copy the folder and you have copied the whole CRM.
/// </summary>
public sealed class CrmWorkspace
{
    /// <summary>The database file name inside the folder.</summary>
    public const string DatabaseFileName = "crm.db";

    /// <summary>The settings file name inside the folder.</summary>
    public const string SettingsFileName = "workspace.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>
    /// Writes <paramref name="settings"/> to <c>workspace.json</c> (through a temporary file, so a failed
    /// write leaves the old settings whole) and returns the workspace with them.
    /// </summary>
    public CrmWorkspace Save(WorkspaceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var file = Path.Combine(Folder, SettingsFileName);
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(settings, Json));
        File.Move(temporary, file, overwrite: true);
        return new CrmWorkspace(Folder, settings);
    }

    /// <summary>The workspace's teams as declarations; a team the file gets wrong is a <see cref="WorkspaceException"/> naming it.</summary>
    public IReadOnlyList<Crm.Framework.Teams.TeamDefinition> TeamDefinitions()
    {
        var teams = new List<Crm.Framework.Teams.TeamDefinition>();
        foreach (var t in Settings.Teams)
        {
            try
            {
                var team = new Crm.Framework.Teams.TeamDefinition(t.Key, t.Name, t.Members ?? []) { Lead = t.Lead };
                if (t.Lead is { } lead && !team.Members.Contains(lead, StringComparer.OrdinalIgnoreCase))
                    throw new ArgumentException($"Team '{t.Key}' has lead '{lead}', who is not a member.");
                teams.Add(team);
            }
            catch (ArgumentException e)
            {
                throw new WorkspaceException($"The workspace settings '{Path.Combine(Folder, SettingsFileName)}' hold a team that cannot work: {e.Message} Fix it with 'crm teams add' or edit the file.");
            }
        }
        return teams;
    }

    private CrmWorkspace(string folder, WorkspaceSettings settings)
    {
        Folder = folder;
        Settings = settings;
    }

    /// <summary>The full path of the folder.</summary>
    public string Folder { get; }

    /// <summary>The settings.</summary>
    public WorkspaceSettings Settings { get; }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => Path.Combine(Folder, DatabaseFileName);

    /// <summary>True when <paramref name="folder"/> holds a workspace.</summary>
    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, SettingsFileName));

    /// <summary>Creates a workspace in <paramref name="folder"/>; refuses when one is already there.</summary>
    public static CrmWorkspace Create(string folder, WorkspaceSettings settings)
    {
        var full = Path.GetFullPath(folder);
        if (Exists(full))
            throw new WorkspaceException($"A workspace already exists at '{full}'; use it, or choose another folder with --workspace.");
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, SettingsFileName), JsonSerializer.Serialize(settings, Json));
        return new CrmWorkspace(full, settings);
    }

    /// <summary>Opens the workspace in <paramref name="folder"/>.</summary>
    public static CrmWorkspace Open(string folder)
    {
        var full = Path.GetFullPath(folder);
        var file = Path.Combine(full, SettingsFileName);
        if (!File.Exists(file))
            throw new WorkspaceException($"No CRM workspace at '{full}'; create one with 'crm init --industry <industry>' or pass --workspace.");
        try
        {
            var settings = JsonSerializer.Deserialize<WorkspaceSettings>(File.ReadAllText(file), Json)
                ?? throw new JsonException("the file is empty");
            return new CrmWorkspace(full, settings);
        }
        catch (JsonException e)
        {
            throw new WorkspaceException($"The workspace settings '{file}' are not valid JSON ({e.Message}); fix or delete the file.");
        }
    }

    /// <summary>Deletes a workspace folder made by <c>crm demo</c>; refuses for any other folder, so a real CRM is never lost.</summary>
    public static void DeleteDemo(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full)) return;
        if (!Exists(full) || !Open(full).Settings.Demo)
            throw new WorkspaceException($"'{full}' is not a demo workspace, so the demo will not replace it; pass another --workspace.");
        Directory.Delete(full, recursive: true);
    }
}

/// <summary>A workspace is missing, already there, or unreadable.</summary>
public sealed class WorkspaceException(string message) : CrmException(message)
{
    /// <inheritdoc />
    public override string Code => "workspace";
}
