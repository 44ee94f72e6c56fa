using System.Text.Json;

namespace Crm.Packaging.Tests;

/// <summary>The crm tool package carries every plugin, and `dotnet tool install` gives a crm that loads them.</summary>
[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ToolPackageTests(PackedFeed feed)
{
    [Fact]
    public void The_tool_package_is_the_crm_command()
    {
        var package = feed.Open(PackedFeed.Tool);

        Assert.Contains(package.Metadata.Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        package.AssertHas("tools/net10.0/any/crm.dll");
        package.AssertHas("tools/net10.0/any/DotnetToolSettings.xml");
    }

    [Fact]
    public void The_tool_package_contains_every_plugin_in_its_plugins_folder()
    {
        var package = feed.Open(PackedFeed.Tool);

        foreach (var id in feed.Plugins) package.AssertHas($"tools/net10.0/any/plugins/{id}/{id}.dll");
        var folders = package.Files.Keys.Where(f => f.StartsWith("tools/net10.0/any/plugins/", StringComparison.Ordinal))
            .Select(f => f.Split('/')[4]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(feed.Plugins, folders);
    }

    [Fact]
    public void The_installed_tool_loads_every_plugin()
    {
        var tools = Path.Combine(feed.Root, "tools");
        var config = Path.Combine(feed.Root, "nuget.config");
        // Only the packed folder as a source, so no package of the same name elsewhere can be installed instead.
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);

        var install = Dotnet.Run(feed.Root, TimeSpan.FromMinutes(5),
            "tool", "install", PackedFeed.Tool, "--tool-path", tools, "--version", feed.Version, "--configfile", config);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed:\n{install.Tail()}");

        var crm = Path.Combine(tools, OperatingSystem.IsWindows() ? "crm.exe" : "crm");
        var list = Dotnet.RunProgram(crm, feed.Root, TimeSpan.FromMinutes(2), "plugins", "list", "--json");
        Assert.True(list.ExitCode == 0, $"crm plugins list failed:\n{list.Tail()}");

        var loaded = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray()
            .Where(p => p.GetProperty("status").GetString() == "loaded")
            .Select(p => p.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(feed.Plugins, loaded);
    }
}
