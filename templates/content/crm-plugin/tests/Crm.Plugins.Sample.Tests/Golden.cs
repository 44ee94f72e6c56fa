namespace Crm.Plugins.Sample.Tests;

/// <summary>
/// Compares rendered text with <c>Golden/&lt;name&gt;.md</c>. With <c>UPDATE_GOLDEN=1</c> it writes the
/// file into the test project's source folder instead, to be reviewed and committed.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var folder = Path.Combine(SourceFolder(), "Golden");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".md"), actual);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name + ".md");
        Assert.True(File.Exists(path), $"Golden file '{name}.md' is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(Normalize(File.ReadAllText(path)), actual);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    /// <summary>The folder holding the test project file, found by walking up from the test binaries.</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (dir.GetFiles("*.csproj").Length > 0) return dir.FullName;
        throw new InvalidOperationException($"No folder with a .csproj above {AppContext.BaseDirectory}.");
    }
}
