using System.IO.Compression;
using System.Xml.Linq;

namespace Crm.Templates.Tests;

/// <summary>A folder of .nupkg files, read the way NuGet does: id, version and package types from each .nuspec.</summary>
internal sealed class LocalFeed(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<Package> Packages { get; } = Directory.GetFiles(folder, "*.nupkg")
        .Where(f => !f.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase))
        .Select(Read)
        .ToList();

    /// <summary>The one package of <paramref name="type"/> (Template, DotnetTool).</summary>
    public Package OfType(string type)
    {
        var matches = Packages.Where(p => p.Types.Contains(type, StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type} package in {Folder}, found: {string.Join(", ", matches.Select(p => p.Id))} (all: {string.Join(", ", Packages.Select(p => p.Id))}).");
        return matches[0];
    }

    /// <summary>The package with <paramref name="id"/>.</summary>
    public Package Get(string id) =>
        Packages.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"No package '{id}' in {Folder}; it has: {string.Join(", ", Packages.Select(p => p.Id))}.");

    private static Package Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        var types = metadata.Elements().Where(e => e.Name.LocalName == "packageTypes").Elements()
            .Select(e => (string?)e.Attribute("name") ?? "").ToList();
        // A tool's command name is in tools/<tfm>/<rid>/DotnetToolSettings.xml.
        var settings = zip.Entries.FirstOrDefault(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.Name == "DotnetToolSettings.xml");
        string? command = null;
        if (settings is not null)
        {
            using var s = settings.Open();
            command = XDocument.Load(s).Descendants().FirstOrDefault(e => e.Name.LocalName == "Command")?.Attribute("Name")?.Value;
        }
        return new Package(Value("id"), Value("version"), types, command, path);
    }

    internal sealed record Package(string Id, string Version, IReadOnlyList<string> Types, string? ToolCommand, string Path);
}
