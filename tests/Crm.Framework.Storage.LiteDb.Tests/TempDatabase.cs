namespace Crm.Framework.Storage.LiteDb.Tests;

/// <summary>A CRM file path in a fresh temporary folder, deleted with everything in it on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-litedb-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "crm.db");

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
