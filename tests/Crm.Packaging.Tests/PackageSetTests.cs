namespace Crm.Packaging.Tests;

/// <summary>`dotnet pack Crm.Framework.sln` gives one package per library, plugin and the tool, and nothing else.</summary>
[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PackageSetTests(PackedFeed feed)
{
    [Fact]
    public void Every_library_every_plugin_and_the_tool_is_packed_and_no_test_project_is()
    {
        var packed = Directory.GetFiles(feed.Folder, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(feed.AllPackages.Select(id => $"{id}.{feed.Version}.nupkg").Order(StringComparer.Ordinal), packed);
    }

    [Fact]
    public void Libraries_and_the_tool_have_symbols_packages_with_their_pdbs()
    {
        var symbols = Directory.GetFiles(feed.Folder, "*.snupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(PackedFeed.Libraries.Append(PackedFeed.Tool).Select(id => $"{id}.{feed.Version}.snupkg").Order(StringComparer.Ordinal), symbols);
        foreach (var id in PackedFeed.Libraries) feed.OpenSymbols(id).AssertHas($"lib/net10.0/{id}.pdb");
        feed.OpenSymbols(PackedFeed.Tool).AssertHas("tools/net10.0/any/crm.pdb");
    }

    [Fact]
    public void Libraries_ship_their_assembly_and_xml_docs()
    {
        foreach (var id in PackedFeed.Libraries)
        {
            var package = feed.Open(id);
            package.AssertHas($"lib/net10.0/{id}.dll");
            package.AssertHas($"lib/net10.0/{id}.xml");
        }
    }

    [Fact]
    public void Every_package_has_the_same_version()
    {
        foreach (var id in feed.AllPackages)
            Assert.Equal(feed.Version, feed.Open(id).Get("version"));
    }
}
