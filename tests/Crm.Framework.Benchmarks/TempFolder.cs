namespace Crm.Framework.Benchmarks;

/// <summary>
/// A fresh folder under the system temp directory for one LiteDB file, deleted with everything in it on
/// dispose. The temp directory must be on a real disk (not tmpfs) for the fsync cost to show.
/// </summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>The folder.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-benchmarks", Guid.NewGuid().ToString("N"));

    /// <summary>The CRM file in the folder.</summary>
    public string DatabasePath => System.IO.Path.Combine(Path, "crm.db");

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
