namespace Crm.Packaging.Tests;

/// <summary>Every package says what it is, under which license, where its source is, and has a readme.</summary>
[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PackageMetadataTests(PackedFeed feed)
{
    [Fact]
    public void Every_package_has_a_description_authors_and_tags()
    {
        foreach (var id in feed.AllPackages)
        {
            var package = feed.Open(id);
            Assert.Equal(id, package.Get("id"));
            Assert.False(string.IsNullOrWhiteSpace(package.Get("description")), $"{id} has no description.");
            Assert.Equal("Crm.Framework contributors", package.Get("authors"));
            Assert.Contains("crm", package.Get("tags")!.Split(' '));
        }
    }

    [Fact]
    public void Every_package_is_MIT_licensed_by_expression()
    {
        foreach (var id in feed.AllPackages)
        {
            var license = feed.Open(id).Element("license");
            Assert.NotNull(license);
            Assert.Equal("expression", (string?)license.Attribute("type"));
            Assert.Equal("MIT", license.Value);
        }
    }

    [Fact]
    public void Every_package_points_at_the_repository()
    {
        foreach (var id in feed.AllPackages)
        {
            var package = feed.Open(id);
            var repository = package.Element("repository");
            Assert.NotNull(repository);
            Assert.Equal("git", (string?)repository.Attribute("type"));
            Assert.Equal("https://github.com/crm-framework/crm-framework", (string?)repository.Attribute("url"));
            Assert.Equal("https://github.com/crm-framework/crm-framework", package.Get("projectUrl"));
        }
    }

    [Fact]
    public void Every_package_has_a_readme_and_each_plugin_its_own()
    {
        foreach (var id in feed.AllPackages)
        {
            var package = feed.Open(id);
            Assert.Equal("README.md", package.Get("readme"));
            package.AssertHas("README.md");
        }
        foreach (var id in feed.Plugins)
        {
            var own = new FileInfo(Path.Combine(feed.RepoRoot, "plugins", id, "README.md"));
            if (own.Exists) Assert.Equal(own.Length, feed.Open(id).Files["README.md"]);
        }
    }
}
