using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;
using Crm.Framework.Teams;

namespace Crm.Plugins.Automotive;

/// <summary>
/// Who works the dealers' daily load: the retail sales executives and the fleet desk, how configurator and fleet
/// leads reach them, and the fleet uptime SLA that gets a business's vehicle back on the road.
/// </summary>
public static class AutomotiveService
{
    /// <summary>Team key of <see cref="RetailSales"/>.</summary>
    public const string RetailSalesKey = "automotive_retail_sales";

    /// <summary>Team key of <see cref="FleetDesk"/>.</summary>
    public const string FleetDeskKey = "automotive_fleet_desk";

    /// <summary>The sales executives of the four demo dealers; configurator leads are shared among them in turn.</summary>
    public static TeamDefinition RetailSales { get; } = new(RetailSalesKey, "Retail sales executives", ["chris.morgan", "aisha.rahman", "gareth.evans", "joanne.walsh"])
    {
        Lead = "joanne.walsh",
    };

    /// <summary>Norvik Motors UK's fleet and business sales desk; its manager takes fleet cases that miss their SLA.</summary>
    public static TeamDefinition FleetDesk { get; } = new(FleetDeskKey, "Fleet and business sales", ["rachel.hughes", "dev.patel", "chris.morgan"])
    {
        Lead = "rachel.hughes",
    };

    /// <summary>Enquiries from fleet buyers go to the fleet desk, in turn.</summary>
    public static AssignmentRule FleetEnquiries { get; } = AssignmentRule.RoundRobin("automotive_fleet_enquiries", FleetDeskKey) with
    {
        FieldKey = "vehicle_buyer_type",
        FieldValue = "fleet",
    };

    /// <summary>Configurations saved in the online configurator go to the retail sales executives, in turn.</summary>
    public static AssignmentRule ConfiguratorLeads { get; } = AssignmentRule.RoundRobin("automotive_configurator_leads", RetailSalesKey) with
    {
        Channel = AutomotiveChannels.OnlineConfigurator.Key,
    };

    /// <summary>
    /// Fleet customers' cases of every type: a vehicle off the road costs the business money every hour, so an urgent
    /// case is answered within the hour and solved (repaired or replaced by a hire vehicle) within a working day. The
    /// clock runs while the fleet desk and the workshops are open, Monday to Saturday 08:00–18:00 UK time, not on
    /// the 2026 bank holidays of England and Wales; a missed target goes to the fleet desk's manager.
    /// </summary>
    public static SlaPolicy FleetUptime { get; } = new("automotive_fleet_uptime", "Fleet uptime", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(10)),
        [CasePriority.High] = new(TimeSpan.FromHours(2), TimeSpan.FromHours(20)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(30)),
        [CasePriority.Low] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(50)),
    })
    {
        Segment = CustomerSegment.WithField("vehicle_buyer_type", "fleet"),
        Hours = new BusinessHours(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
            new TimeOnly(8, 0), new TimeOnly(18, 0), "Europe/London")
        {
            Holidays =
            [
                new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 25),
                new DateOnly(2026, 8, 31), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26), new DateOnly(2026, 12, 28),
            ],
        },
        EscalationTeam = FleetDeskKey,
    };

    /// <summary>Declares the teams, the assignment rules (fleet first) and the SLA policy.</summary>
    public static ICrmPluginBuilder AddAutomotiveService(this ICrmPluginBuilder builder) => builder
        .AddTeam(RetailSales)
        .AddTeam(FleetDesk)
        .AddAssignmentRule(FleetEnquiries)
        .AddAssignmentRule(ConfiguratorLeads)
        .AddSlaPolicy(FleetUptime);
}
