using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Crm.Templates.Tests;

/// <summary>
/// The student path, end to end, the way a student would walk it: pack the framework, the crm tool and the
/// templates to a local folder feed; install the templates from it; make a new industry plugin with
/// <c>dotnet new crm-plugin -n Variant</c>; build and test it against the packed packages; install the crm
/// tool from the feed; drop the built plugin into a plugins folder; create a workspace for its industry and
/// take a customer's deal through the template's funnel to won; and make a host application with
/// <c>dotnet new crm-app</c> that loads the same plugin.
/// Nothing is installed on the machine: the templates go to a temporary hive, the packages to a temporary
/// global packages folder, the tool to a temporary tool path. It takes minutes, so it is marked Slow
/// (skip it with <c>--filter Category!=Slow</c>).
/// </summary>
[Trait("Category", "Slow")]
public sealed class StudentPathTests(ITestOutputHelper log) : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Short = TimeSpan.FromMinutes(3);

    private static readonly string RepoRoot = Path.GetFullPath(typeof(StudentPathTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!);

    private readonly string _root = Directory.CreateTempSubdirectory("crm-student-path-").FullName;

    [Fact]
    public void A_plugin_made_with_dotnet_new_builds_passes_its_tests_and_runs_in_the_crm_tool_and_in_a_crm_app()
    {
        var clock = Stopwatch.StartNew();
        var feedFolder = Folder("feed");
        var packages = Folder("packages");
        var hive = Folder("hive");
        var cliHome = Folder("home");
        // The repository is packed with the machine's own package cache; everything built from the feed
        // uses an empty one, so it gets exactly the packages packed here (and leaves them out of the machine's cache).
        var repo = new Dotnet(log, new Dictionary<string, string>());
        var student = new Dotnet(log, new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });
        var templates = new Dotnet(log, new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = cliHome });

        // 1. Pack the framework libraries, the crm tool and the template pack, built apart from the work tree.
        var pack = repo.Ok(_root, Long, "pack", PackFilter(), "-c", "Release", "-o", feedFolder, "--artifacts-path", Path.Combine(_root, "artifacts"));
        foreach (var warning in pack.Stdout.Split('\n').Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).Select(l => l.Trim()).Distinct())
            log.WriteLine("pack: " + warning);
        var feed = new LocalFeed(feedFolder);
        var templatePack = feed.OfType("Template");
        var tool = feed.OfType("DotnetTool");
        foreach (var id in new[] { "Crm.Framework.Abstractions", "Crm.Framework.Testing", "Crm.Framework.Hosting" })
            Assert.Equal(templatePack.Version, feed.Get(id).Version);

        // 2. Install the templates from the feed into a hive of this test's own, and make a plugin.
        templates.Ok(_root, Short, "new", "install", templatePack.Path, "--debug:custom-hive", hive);
        var variant = Path.Combine(_root, "Variant");
        templates.Ok(_root, Short, "new", "crm-plugin", "-n", "Variant", "-o", variant, "--no-update-check", "--debug:custom-hive", hive);
        Assert.True(File.Exists(Path.Combine(variant, "src", "Crm.Plugins.Variant", "VariantPlugin.cs")), "dotnet new did not rename the plugin after -n Variant.");
        Assert.Contains($"<CrmFrameworkVersion>{templatePack.Version}</CrmFrameworkVersion>", File.ReadAllText(Path.Combine(variant, "Directory.Packages.props")));

        // 3. Restore from the local feed as well as the usual sources; build once and run its tests.
        var nugetConfig = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="crm-local" value="{feedFolder}" />
              </packageSources>
            </configuration>
            """;
        File.WriteAllText(Path.Combine(variant, "NuGet.config"), nugetConfig);
        var test = student.Ok(variant, Long, "test");
        var passed = Regex.Match(test.Stdout, @"Passed!\s+-\s+Failed:\s+0, Passed:\s+(\d+)");
        Assert.True(passed.Success, $"No test summary in:\n{Dotnet.Tail(test.Stdout)}");
        Assert.True(int.Parse(passed.Groups[1].Value, CultureInfo.InvariantCulture) >= 11, "The conformance kit's 9 rules and the plugin's own 2 tests should have run.");

        // 4. Install the crm tool from the feed, and give it the built plugin.
        var tools = Folder("tools");
        student.Ok(_root, Short, "tool", "install", tool.Id, "--tool-path", tools, "--add-source", feedFolder, "--version", tool.Version);
        var crm = Path.Combine(tools, tool.ToolCommand ?? "crm");
        var plugin = Folder(Path.Combine("plugins", "Crm.Plugins.Variant"));
        foreach (var file in Directory.GetFiles(Path.Combine(variant, "src", "Crm.Plugins.Variant", "bin", "Debug", "net10.0")))
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)));
        string[] Crm(params string[] args) => ["--plugins", Path.Combine(_root, "plugins"), "--workspace", Path.Combine(_root, "workspace"), "--user", "student", .. args];
        Dotnet.Result Run(params string[] args) => student.Run(crm, _root, Short, Crm(args));
        Dotnet.Result Ok(params string[] args)
        {
            var result = Run(args);
            Assert.True(result.ExitCode == 0, $"crm {string.Join(' ', args)} failed with exit code {result.ExitCode}: {result.Stderr}\n{result.Stdout}");
            return result;
        }

        // 5. The tool loads the plugin and runs a deal through its funnel.
        Assert.Matches(@"Crm\.Plugins\.Variant.*loaded", Ok("plugins", "list").Stdout);
        var init = Ok("init", "--industry", "variant").Stdout;
        Assert.Contains("Variant 1.0.0", init);
        Assert.Contains("variant_sales", init);

        var customer = Json(Ok("customers", "add", "Ada Lovelace", "--email", "ada@example.com", "--field", "variant_segment=consumer", "--json")).GetProperty("id").GetString()!;
        var opened = Json(Ok("deals", "open", customer, "--funnel", "variant_sales", "--title", "Premium package", "--amount", "4800 EUR", "--json"));
        var deal = opened.GetProperty("id").GetString()!;
        Assert.Equal("lead", opened.GetProperty("stage").GetString());

        var skipped = Run("deals", "move", deal, "proposal");
        Assert.NotEqual(0, skipped.ExitCode);
        Assert.Contains("allowed next stages: qualified, lost", skipped.Stderr);

        Assert.Contains($"Moved deal {deal} to qualified (open)", Ok("deals", "move", deal, "qualified", "--field", "variant_product=premium").Stdout);
        var unpriced = Run("deals", "move", deal, "proposal");
        Assert.NotEqual(0, unpriced.ExitCode);
        Assert.Contains("variant_quoted_price", unpriced.Stderr);
        Assert.Contains($"Moved deal {deal} to proposal (open)", Ok("deals", "move", deal, "proposal", "--field", "variant_quoted_price=4500 EUR").Stdout);
        Assert.Contains($"Closed deal {deal} as won at won", Ok("deals", "close", deal, "--won", "--field", "variant_contract_number=C-2026-001").Stdout);

        var quote = Ok("docs", "render", customer, "variant_quote", "--deal", deal).Stdout;
        Assert.Contains("# Quote: Premium package", quote);
        Assert.Contains("| Price | 4500.00 EUR |", quote);
        // The plugin's automation ran inside the tool when the deal was won.
        Assert.Contains("Won: hand the customer over to delivery", Ok("customers", "show", customer).Stdout);

        // 6. A host application from crm-app, on the same packages, loading the same plugin.
        var app = Path.Combine(_root, "StudentCrm");
        templates.Ok(_root, Short, "new", "crm-app", "-n", "StudentCrm", "-o", app, "--no-update-check", "--debug:custom-hive", hive);
        File.WriteAllText(Path.Combine(app, "NuGet.config"), nugetConfig);
        var run = student.Ok(app, Long, "run", "--", "--Crm:Workspace", Path.Combine(_root, "app-workspace"), "--Crm:PluginsPath", Path.Combine(_root, "plugins"));
        Assert.Contains("Crm.Plugins.Variant 1.0.0: loaded", run.Stdout);
        Assert.Contains("Funnels: app_enquiries, variant_sales", run.Stdout);
        Assert.Matches(@"Deal D-\w+ First order: new -> offered -> accepted \(won\)", run.Stdout);

        log.WriteLine($"The student path took {clock.Elapsed.TotalSeconds:0} s.");
    }

    /// <summary>A solution filter over the projects to pack: every library and the tool under src/, and the template pack.</summary>
    private string PackFilter()
    {
        var projects = Directory.GetFiles(Path.Combine(RepoRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoRoot, "templates", "Crm.Framework.Templates.csproj"))
            .Select(p => Path.GetRelativePath(RepoRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var path = Path.Combine(_root, "pack.slnf");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            solution = new { path = Path.Combine(RepoRoot, "Crm.Framework.sln"), projects },
        }));
        return path;
    }

    private static JsonElement Json(Dotnet.Result result) => JsonDocument.Parse(result.Stdout).RootElement.Clone();

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
