namespace Crm.Packaging.Tests;

/// <summary>
/// A plugin package is its plugin folder: content files that NuGet copies to plugins/&lt;Id&gt;/ in the
/// output of the project that references it, and no assembly for that project to compile against.
/// </summary>
[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PluginPackageTests(PackedFeed feed)
{
    [Fact]
    public void A_plugin_package_holds_the_plugin_folder_as_content_copied_to_the_output()
    {
        foreach (var id in feed.Plugins)
        {
            var package = feed.Open(id);
            var folder = $"contentFiles/any/net10.0/plugins/{id}/";
            package.AssertHas($"{folder}{id}.dll");
            package.AssertHas($"{folder}{id}.pdb");
            package.AssertHas($"{folder}{id}.deps.json");

            var copied = package.Metadata.Descendants().Where(e => e.Name.LocalName == "files").ToList();
            Assert.NotEmpty(copied);
            Assert.All(copied, files =>
            {
                Assert.StartsWith($"any/net10.0/plugins/{id}/", (string?)files.Attribute("include"));
                Assert.Equal("None", (string?)files.Attribute("buildAction"));
                Assert.Equal("true", (string?)files.Attribute("copyToOutput"));
            });
        }
    }

    [Fact]
    public void A_plugin_package_gives_no_assembly_to_compile_against_and_nothing_of_the_host()
    {
        foreach (var id in feed.Plugins)
        {
            var package = feed.Open(id);
            Assert.Equal(["lib/net10.0/_._"], package.Files.Keys.Where(f => f.StartsWith("lib/", StringComparison.Ordinal)));
            Assert.Equal([$"{id}.dll"], package.Files.Keys.Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).Select(Path.GetFileName));
        }
    }
}
