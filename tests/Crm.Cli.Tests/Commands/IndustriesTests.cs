namespace Crm.Cli.Tests.Commands;

/// <summary>All seven industry plugins from the command line: listed, initialised alone or together, and demoed.</summary>
public sealed class IndustriesTests : IDisposable
{
    private readonly CliRunner _crm = new();

    public void Dispose() => _crm.Dispose();

    public static TheoryData<string> Industries => new() { "bank", "telecom", "hospital", "airline", "pharmacy", "education", "automotive" };

    [Fact]
    public void Plugins_list_shows_all_seven_industries_loaded_with_their_versions()
    {
        var plugins = _crm.Json("plugins", "list", "--json").EnumerateArray().ToList();

        foreach (var industry in Industries)
        {
            var plugin = Assert.Single(plugins, p => p.GetProperty("industry").GetString() == industry);
            Assert.Equal("loaded", plugin.GetProperty("status").GetString());
            Assert.Matches(@"^\d+\.\d+\.\d+$", plugin.GetProperty("version").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Industries))]
    public void Init_gives_a_working_workspace_for_every_industry(string industry)
    {
        _crm.Ok("init", "--industry", industry);

        var id = _crm.Json("customers", "add", "Test Customer", "--email", "test@example.com", "--json").GetProperty("id").GetString()!;
        var plugins = _crm.Json("plugins", "list", "--json").EnumerateArray();

        Assert.Single(plugins, p => p.GetProperty("industry").GetString() == industry && p.GetProperty("status").GetString() == "loaded");
        Assert.Single(plugins, p => p.GetProperty("status").GetString() == "loaded");
        Assert.Equal(id, _crm.Json("customers", "show", id, "--json").GetProperty("customer").GetProperty("id").GetString());
    }

    [Fact]
    public void Several_industries_can_be_enabled_in_one_workspace()
    {
        _crm.Ok("init", "--industry", "bank,telecom", "--industry", "hospital");

        var loaded = _crm.Json("plugins", "list", "--json").EnumerateArray()
            .Where(p => p.GetProperty("status").GetString() == "loaded").Select(p => p.GetProperty("industry").GetString()).Order().ToList();
        var funnels = _crm.Ok("schema", "funnels").Stdout;

        Assert.Equal(["bank", "hospital", "telecom"], loaded);
        Assert.Contains("loan_origination", funnels);
        Assert.Contains("new_connection", funnels);
        Assert.Contains("care_pathway", funnels);
    }

    [Theory]
    [InlineData("telecom")]
    [InlineData("hospital")]
    [InlineData("airline")]
    [InlineData("pharmacy")]
    [InlineData("education")]
    [InlineData("automotive")]
    public void Demo_works_for_every_industry(string industry)
    {
        var result = _crm.Ok("demo", industry);

        Assert.Contains("Seeded", result.Stdout);
        Assert.Contains("weighted forecast", result.Stdout);
        Assert.DoesNotContain("warning:", result.Stderr);
        Assert.True(_crm.Json("--workspace", $".crm-demo-{industry}", "customers", "list", "--json").GetArrayLength() >= 10);
        Assert.True(_crm.Json("--workspace", $".crm-demo-{industry}", "deals", "list", "--json").GetArrayLength() >= 10);
        AssertDailyWorkIsSeeded(industry, result.Stdout);
    }

    /// <summary>The demo seeds some of each part of the daily work, and each can be looked at from the command line.</summary>
    private void AssertDailyWorkIsSeeded(string industry, string stdout)
    {
        var seeded = stdout.Split('\n').Single(l => l.StartsWith("Also seeded", StringComparison.Ordinal));
        foreach (var kind in new[] { "activities", "cases", "lead requests", "quotes", "orders" })
            Assert.Matches($@"[1-9]\d* {kind}", seeded);
        string[] ws = ["--workspace", $".crm-demo-{industry}"];
        Assert.True(_crm.Json([.. ws, "products", "--json"]).GetArrayLength() >= 4);
        var scripts = _crm.Json([.. ws, "scripts", "--json"]);
        Assert.True(scripts.GetArrayLength() >= 2);
        Assert.Contains("Objection", _crm.Ok([.. ws, "script", scripts[0].GetProperty("key").GetString()!]).Stdout);
        Assert.Contains(_crm.Json([.. ws, "cases", "escalations", "--json"]).EnumerateArray(), a => a.GetProperty("breached").GetBoolean());
        Assert.True(_crm.Json([.. ws, "leads", "list", "--json"]).GetArrayLength() >= 1);
    }
}
