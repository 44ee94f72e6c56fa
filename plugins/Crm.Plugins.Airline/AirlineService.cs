using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;
using Crm.Framework.Teams;

namespace Crm.Plugins.Airline;

/// <summary>
/// Who works the airline's daily load: the reservations call centre and the customer care (disruption) desk, how
/// new leads reach them, and the round-the-clock SLA for frequent flyers hit by a disruption.
/// </summary>
public static class AirlineService
{
    /// <summary>Team key of <see cref="Reservations"/>.</summary>
    public const string ReservationsKey = "airline_reservations";

    /// <summary>Team key of <see cref="CustomerCare"/>.</summary>
    public const string CustomerCareKey = "airline_customer_care";

    /// <summary>The tag of the customers <see cref="DisruptionCare"/> is for.</summary>
    public const string FrequentFlyerTag = "frequent_flyer";

    /// <summary>The call-centre agents who hold and ticket bookings; app enquiries are shared among them.</summary>
    public static TeamDefinition Reservations { get; } = new(ReservationsKey, "Reservations call centre", ["triin.kallas", "marko.saar", "liina.org"])
    {
        Lead = "triin.kallas",
    };

    /// <summary>Customer relations and the disruption desk: complaints, missed connections, lost bags, EU261 claims. The duty manager leads.</summary>
    public static TeamDefinition CustomerCare { get; } = new(CustomerCareKey, "Customer care and disruption desk", ["mari.laan", "kadri.pold", "rasmus.kask"])
    {
        Lead = "mari.laan",
    };

    /// <summary>Requests from schools, clubs and other group organisers go to the group desk.</summary>
    public static AssignmentRule GroupOrganisers { get; } = AssignmentRule.ToUser("airline_group_organisers", "helen.ilves") with
    {
        FieldKey = "airline_account_type",
        FieldValue = "group_organiser",
    };

    /// <summary>Enquiries from the app are shared in turn among the reservations agents.</summary>
    public static AssignmentRule AppEnquiries { get; } = AssignmentRule.RoundRobin("airline_app_enquiries", ReservationsKey) with
    {
        Channel = AirlineChannels.AirlineApp.Key,
    };

    /// <summary>
    /// Frequent flyers' incidents and complaints (a cancelled or delayed flight, a missed connection, assistance that did
    /// not turn up, a lost bag): answered within 30 minutes and solved within 4 hours when urgent, round the clock in
    /// Tallinn time, as flights operate every day. A missed target goes to the duty manager of the customer care desk.
    /// </summary>
    public static SlaPolicy DisruptionCare { get; } = new("airline_disruption_care", "Disruption care for frequent flyers", new Dictionary<CasePriority, SlaTargets>
    {
        [CasePriority.Urgent] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        [CasePriority.High] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(12)),
        [CasePriority.Normal] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(48)),
        [CasePriority.Low] = new(TimeSpan.FromHours(24), TimeSpan.FromDays(5)),
    })
    {
        Segment = CustomerSegment.Tagged(FrequentFlyerTag),
        CaseTypes = [CaseType.Incident, CaseType.Complaint],
        // Round the clock: every day, midnight to midnight.
        Hours = BusinessHours.AroundTheClock("Europe/Tallinn"),
        EscalationTeam = CustomerCareKey,
    };

    /// <summary>Declares the teams, the assignment rules (group organisers first) and the SLA policy.</summary>
    public static ICrmPluginBuilder AddAirlineService(this ICrmPluginBuilder builder) => builder
        .AddTeam(Reservations)
        .AddTeam(CustomerCare)
        .AddAssignmentRule(GroupOrganisers)
        .AddAssignmentRule(AppEnquiries)
        .AddSlaPolicy(DisruptionCare);
}
