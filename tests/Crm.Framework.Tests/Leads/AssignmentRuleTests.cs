using Crm.Framework.Leads;
using Crm.Framework.Storage;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Leads;

public sealed class AssignmentRuleTests
{
    [Fact]
    public async Task A_team_rule_hands_new_leads_to_its_members_in_turn()
    {
        await using var crm = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.RoundRobin("uk", "uk_sales")));

        var owners = new List<string?>();
        for (var i = 0; i < 4; i++) owners.Add((await crm.Send(LeadTestHost.WebForm($"Lead {i}", $"lead{i}@example.com"))).Owner);

        Assert.Equal(["maria", "tom", "ann", "maria"], owners);
        var cursor = crm.Store.GetRecord(LeadRecords.Cursors, "uk_sales")!;
        Assert.Equal((4L, "maria", 4L), (cursor.Assigned, cursor.LastAssignee, cursor.Version));
    }

    [Fact]
    public async Task The_rotation_survives_a_restart_because_it_is_kept_in_the_store()
    {
        var store = new InMemoryCrmStore();
        await using (var first = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.RoundRobin("uk", "uk_sales")), store: store))
        {
            await first.Send(LeadTestHost.WebForm("Lead 1", "one@example.com"));
        }
        await using var second = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.RoundRobin("uk", "uk_sales")), store: store);

        Assert.Equal("tom", (await second.Send(LeadTestHost.WebForm("Lead 2", "two@example.com"))).Owner);
    }

    [Fact]
    public async Task Rules_are_tried_in_declared_order_and_the_first_match_wins()
    {
        await using var crm = LeadTestHost.Create(b => b
            .AddAssignmentRule(AssignmentRule.RoundRobin("german_phones", "dach_sales") with { PhoneRegion = "DE" })
            .AddAssignmentRule(AssignmentRule.ToUser("walk_ins", "reception") with { Channel = "walk_in" })
            .AddAssignmentRule(AssignmentRule.ToUser("business", "bob") with { FieldKey = "segment", FieldValue = "Business" })
            .AddAssignmentRule(AssignmentRule.ToUser("ads", "ann") with { Source = "google_ads" }));

        var german = await crm.Send(new CaptureLead { Channel = "walk_in", Name = "Lukas Meyer", Phone = "+49 30 1234567" });
        var walkIn = await crm.Send(new CaptureLead { Channel = "walk_in", Name = "Jane Doe", Phone = "07700 900123" });
        var business = await crm.Send(LeadTestHost.WebForm("Bo Ltd", "bo@example.com") with { Fields = new Dictionary<string, object?> { ["segment"] = "business" } });
        var ads = await crm.Send(LeadTestHost.WebForm("Ed", "ed@example.com"));
        var none = await crm.Send(new CaptureLead { Channel = "email", Email = "x@example.com" });

        Assert.Equal([("lukas", "german_phones"), ("reception", "walk_ins"), ("bob", "business"), ("ann", "ads"), ("tester", null)],
            new[] { german, walkIn, business, ads, none }.Select(c => (c.Owner, c.Rule)));
    }

    [Fact]
    public void A_rule_naming_an_undeclared_team_is_refused_when_the_crm_starts()
    {
        var error = Assert.Throws<Crm.Framework.Plugins.SchemaException>(() => LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.RoundRobin("nordic", "nordic_sales"))));

        Assert.Equal("The application's own declarations cannot be used: assignment rule 'nordic' hands leads to team 'nordic_sales', which is not declared.", error.Message);
    }

    [Fact]
    public void A_rule_key_must_be_snake_case() =>
        Assert.Throws<ArgumentException>(() => AssignmentRule.ToUser("All Leads", "zoe"));
}
