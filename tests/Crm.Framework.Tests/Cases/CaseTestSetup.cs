using Crm.Framework.Cases;
using Crm.Framework.Plugins;
using Crm.Framework.Teams;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Cases;

/// <summary>The service desk of the case tests: a team led by zoe, and the moments the tests start from (the test clock starts Thursday 2026-01-15 09:00 UTC).</summary>
public static class CaseTestSetup
{
    public static readonly DateTimeOffset Thursday9 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static void ServiceDesk(ICrmPluginBuilder app) =>
        app.AddTeam(new TeamDefinition("service_desk", "Service desk", ["maria", "tom", "zoe"]) { Lead = "zoe" });

    public static Task<ServiceCase> NewCase(this CrmTestHost crm, string customerId, CasePriority priority = CasePriority.Normal, string? owner = null, string? team = null) =>
        crm.Send(new OpenCase { CustomerId = customerId, Subject = "Card blocked", Type = CaseType.Incident, Priority = priority, Owner = owner, Team = team, Channel = "phone" });
}
