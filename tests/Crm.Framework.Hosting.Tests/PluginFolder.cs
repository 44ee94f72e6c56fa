namespace Crm.Framework.Hosting.Tests;

/// <summary>A temporary plugins folder holding copies of chosen real plugin builds from this test's output.</summary>
internal sealed class PluginFolder : IDisposable
{
    public PluginFolder(params string[] plugins)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crm-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var id in plugins) Copy(System.IO.Path.Combine(AppContext.BaseDirectory, "plugins", id), System.IO.Path.Combine(Path, id));
    }

    public string Path { get; }

    /// <summary>Adds a folder <paramref name="id"/> with a file <paramref name="id"/>.dll holding <paramref name="bytes"/>.</summary>
    public void AddRaw(string id, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, id));
        File.WriteAllBytes(System.IO.Path.Combine(Path, id, id + ".dll"), bytes);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Copy(string from, string to)
    {
        if (!Directory.Exists(from)) throw new DirectoryNotFoundException($"The test plugin build '{from}' is missing; build the test project.");
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
