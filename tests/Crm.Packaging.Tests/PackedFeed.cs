using System.Reflection;

namespace Crm.Packaging.Tests;

/// <summary>
/// Runs <c>dotnet pack Crm.Framework.sln -c Release -o &lt;temp folder&gt;</c> once for every test in the
/// <see cref="PackedFeedCollection"/>, and knows which packages the repository should produce.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private static readonly Assembly Self = typeof(PackedFeed).Assembly;

    /// <summary>The libraries a host or a plugin author references.</summary>
    public static readonly string[] Libraries =
        ["Crm.Framework.Abstractions", "Crm.Framework", "Crm.Framework.Storage.LiteDb", "Crm.Framework.Hosting", "Crm.Framework.Testing"];

    /// <summary>The package of the <c>crm</c> .NET tool.</summary>
    public const string Tool = "Crm.Cli";

    /// <summary>The <c>dotnet new</c> template pack (crm-plugin, crm-app).</summary>
    public const string Templates = "Crm.Framework.Templates";

    public PackedFeed()
    {
        RepoRoot = Path.GetFullPath(Metadata("RepoRoot"));
        Version = Metadata("PackageVersion");
        Plugins = Directory.GetDirectories(Path.Combine(RepoRoot, "plugins"), "Crm.Plugins.*")
            .Select(Path.GetFileName).OfType<string>()
            .Where(id => File.Exists(Path.Combine(RepoRoot, "plugins", id, id + ".csproj")))
            .Order(StringComparer.Ordinal).ToArray();
        Root = Path.Combine(Path.GetTempPath(), "crm-packaging-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Folder);

        var pack = Dotnet.Run(RepoRoot, TimeSpan.FromMinutes(20),
            "pack", "Crm.Framework.sln", "-c", "Release", "-o", Folder, "-nodeReuse:false");
        if (pack.ExitCode != 0)
            throw new InvalidOperationException($"dotnet pack failed with exit code {pack.ExitCode}:\n{pack.Tail()}");
    }

    /// <summary>The repository the packages were packed from.</summary>
    public string RepoRoot { get; }

    /// <summary>The version every package has (VersionPrefix in Directory.Build.props).</summary>
    public string Version { get; }

    /// <summary>The industry plugins in <c>plugins/</c>: each must become a package and a folder in the tool.</summary>
    public string[] Plugins { get; }

    /// <summary>A temporary folder for this run, deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into: a local NuGet feed.</summary>
    public string Folder { get; }

    /// <summary>Every package that must be packed: libraries, plugins, the tool and the template pack.</summary>
    public IEnumerable<string> AllPackages => Libraries.Concat(Plugins).Append(Tool).Append(Templates);

    /// <summary>Opens a package of this run by id.</summary>
    public Package Open(string id) => Package.Open(Path.Combine(Folder, $"{id}.{Version}.nupkg"));

    /// <summary>Opens the symbols package of this run by id.</summary>
    public Package OpenSymbols(string id) => Package.Open(Path.Combine(Folder, $"{id}.{Version}.snupkg"));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string Metadata(string key) =>
        Self.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>The test classes that share one <see cref="PackedFeed"/>, so the solution is packed once.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed feed";
}
