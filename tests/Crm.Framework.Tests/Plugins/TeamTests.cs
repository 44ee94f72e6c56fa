using Crm.Framework.Plugins;
using Crm.Framework.Teams;

namespace Crm.Framework.Tests.Plugins;

public sealed class TeamTests
{
    [Fact]
    public void Declared_teams_are_found_by_key_and_by_member()
    {
        var schema = new CrmSchema();
        var app = new PluginContribution("app");
        app.AddTeam(new TeamDefinition("retail_sales", "Retail sales", ["maria", "tom"]))
            .AddTeam(new TeamDefinition("service_desk", "Service desk", ["zoe", "Tom"]) { Lead = "zoe" });
        Assert.Empty(schema.TryInclude(app));

        Assert.Equal(["maria", "tom"], schema.RequireTeam("retail_sales").Members);
        Assert.Equal("maria", schema.RequireTeam("retail_sales").EscalatesTo);
        Assert.Equal("zoe", schema.RequireTeam("service_desk").EscalatesTo);
        Assert.Equal(["retail_sales", "service_desk"], schema.TeamsOf("TOM").Select(t => t.Key));
        Assert.Contains("known: retail_sales, service_desk", Assert.Throws<NotFoundException>(() => schema.RequireTeam("backoffice")).Message);
    }

    [Theory]
    [InlineData("Retail Sales", "maria")]
    [InlineData("retail_sales", "")]
    [InlineData("retail_sales", "maria,MARIA")]
    public void A_team_with_a_bad_key_or_members_is_refused_when_declared(string key, string members)
    {
        var list = members.Length == 0 ? [] : members.Split(',');
        Assert.Throws<ArgumentException>(() => new TeamDefinition(key, "Team", list));
    }
}
