namespace Crm.Packaging.Tests;

/// <summary>
/// The version ranges a consumer's restore gets, so an incompatible mix is reported at restore
/// instead of at run time (NU1608). See docs/decisions/ADR-006-packaging.md.
/// </summary>
[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DependencyRangeTests(PackedFeed feed)
{
    [Theory]
    [InlineData("Crm.Framework.Abstractions")]
    [InlineData("Crm.Framework")]
    public void MediatR_is_limited_to_version_5(string id)
    {
        Assert.Equal("[5.1.0, 6.0.0)", feed.Open(id).Dependencies["MediatR"]);
    }

    [Fact]
    public void Framework_packages_require_each_other_at_exactly_their_own_version()
    {
        var exact = $"[{feed.Version}]";
        var expected = new Dictionary<string, string[]>
        {
            ["Crm.Framework.Abstractions"] = [],
            ["Crm.Framework"] = ["Crm.Framework.Abstractions"],
            ["Crm.Framework.Storage.LiteDb"] = ["Crm.Framework"],
            ["Crm.Framework.Hosting"] = ["Crm.Framework", "Crm.Framework.Storage.LiteDb"],
            ["Crm.Framework.Testing"] = ["Crm.Framework.Hosting"],
        };

        foreach (var (id, siblings) in expected)
        {
            var declared = feed.Open(id).Dependencies.Where(d => d.Key.StartsWith("Crm.", StringComparison.Ordinal))
                .OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
            Assert.Equal(siblings.Order(StringComparer.Ordinal).Select(s => KeyValuePair.Create(s, exact)), declared);
        }
    }

    [Fact]
    public void A_plugin_depends_only_on_Abstractions_of_its_major_version()
    {
        var major = int.Parse(feed.Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        var range = $"[{feed.Version}, {major + 1}.0.0)";

        foreach (var id in feed.Plugins)
            Assert.Equal([KeyValuePair.Create("Crm.Framework.Abstractions", range)], feed.Open(id).Dependencies);
    }

    [Fact]
    public void The_tool_has_no_dependencies_because_it_carries_them()
    {
        Assert.Empty(feed.Open(PackedFeed.Tool).Dependencies);
    }
}
