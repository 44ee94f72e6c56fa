using System.IO.Compression;
using System.Xml.Linq;

namespace Crm.Packaging.Tests;

/// <summary>A .nupkg or .snupkg read into memory: its files and its .nuspec metadata.</summary>
public sealed class Package
{
    private Package(string name, IReadOnlyDictionary<string, long> files, XElement metadata)
    {
        Name = name;
        Files = files;
        Metadata = metadata;
    }

    /// <summary>The package's file name.</summary>
    public string Name { get; }

    /// <summary>Every file in the package (forward slashes) and its size; NuGet's own parts left out.</summary>
    public IReadOnlyDictionary<string, long> Files { get; }

    /// <summary>The <c>metadata</c> element of the .nuspec.</summary>
    public XElement Metadata { get; }

    /// <summary>Reads a package; fails the test if it does not exist.</summary>
    public static Package Open(string path)
    {
        Assert.True(File.Exists(path), $"No package {Path.GetFileName(path)} in {Path.GetDirectoryName(path)}.");
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var files = zip.Entries
            .Where(e => e != nuspec && e.FullName != "[Content_Types].xml"
                        && !e.FullName.StartsWith("_rels/", StringComparison.Ordinal)
                        && !e.FullName.StartsWith("package/", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e => e.Length);
        return new Package(Path.GetFileName(path), files, metadata);
    }

    /// <summary>The text of a metadata element (<c>id</c>, <c>description</c>, ...), or null.</summary>
    public string? Get(string name) => Element(name)?.Value;

    /// <summary>A metadata element by local name, or null.</summary>
    public XElement? Element(string name) => Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    /// <summary>The declared dependencies as id → version range, as a consumer's restore reads them.</summary>
    public IReadOnlyDictionary<string, string> Dependencies =>
        Metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!);

    /// <summary>Asserts that the package holds a non-empty <paramref name="file"/>.</summary>
    public void AssertHas(string file)
    {
        Assert.True(Files.TryGetValue(file, out var size), $"{Name} has no {file}; it has:\n{string.Join('\n', Files.Keys.Order())}");
        Assert.True(size > 0, $"{file} in {Name} is empty.");
    }
}
