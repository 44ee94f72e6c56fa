namespace Crm.Cli.Tests.Commands;

/// <summary><c>crm teams</c>: teams kept in workspace.json and declared to the CRM at every start.</summary>
public sealed class TeamsTests : IDisposable
{
    private readonly CliRunner _crm = new();

    public TeamsTests() => _crm.Ok("init", "--industry", "bank");

    public void Dispose() => _crm.Dispose();

    [Fact]
    public void A_team_added_is_listed_with_its_members_and_lead_and_can_be_replaced_and_removed()
    {
        _crm.Ok("teams", "add", "retail_sales", "--members", "maria,tom", "--lead", "tom");

        var team = _crm.Json("teams", "list", "--json").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "retail_sales");
        Assert.Equal("app", team.GetProperty("declaredBy").GetString());
        Assert.Equal(["maria", "tom"], team.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("tom", team.GetProperty("lead").GetString());
        Assert.Equal("Retail sales", team.GetProperty("name").GetString());

        Assert.Contains("Updated team retail_sales", _crm.Ok("teams", "add", "retail_sales", "--members", "zoe").Stdout);
        Assert.Equal("zoe", _crm.Json("teams", "list", "--json").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "retail_sales").GetProperty("lead").GetString());

        _crm.Ok("teams", "remove", "retail_sales");
        Assert.DoesNotContain(_crm.Json("teams", "list", "--json").EnumerateArray(), t => t.GetProperty("key").GetString() == "retail_sales");
    }

    [Theory]
    [InlineData("Retail Sales", "maria", null, "snake_case")]
    [InlineData("retail_sales", "maria,MARIA", null, "listed twice")]
    [InlineData("retail_sales", "maria,tom", "zoe", "must be one of the members")]
    public void A_team_that_cannot_work_is_refused_and_nothing_is_saved(string key, string members, string? lead, string expected)
    {
        string[] args = lead is null ? ["teams", "add", key, "--members", members] : ["teams", "add", key, "--members", members, "--lead", lead];

        var error = _crm.Run(args).AssertUserError(2);

        Assert.Contains(expected, error);
        Assert.DoesNotContain(_crm.Json("teams", "list", "--json").EnumerateArray(), t => t.GetProperty("declaredBy").GetString() == "app");
    }

    [Fact]
    public void Removing_a_team_the_workspace_does_not_have_names_the_teams_it_has()
    {
        _crm.Ok("teams", "add", "service_desk", "--members", "zoe");

        var error = _crm.Run("teams", "remove", "retail").AssertUserError(3);

        Assert.Contains("No team 'retail' exists; the workspace's teams: service_desk.", error);
    }
}
