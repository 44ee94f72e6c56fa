using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Pipelines;
using Crm.Plugins.Hospital.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests.Demo;

public sealed class HospitalDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Hospital", pluginId);
        Assert.Equal(15, result.Customers.Count);
        Assert.Equal(3, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(21, result.Deals.Count);
        Assert.Equal(
            ["discharge_summary", "pre_admission_instructions", "outpatient_appointment_letter", "discharge_summary", "checkup_package_quote"],
            result.Documents.Select(d => d.Template));
        foreach (var kind in Enum.GetValues<DealStatus>())
            Assert.Contains(result.Deals, d => d.Status == kind);
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_funnel_and_render_every_template()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
        foreach (var template in crm.Schema.Templates)
            Assert.Contains(result.Documents, d => d.Template == template.Key);
    }

    [Fact]
    public async Task Demo_uses_the_hospital_channels_and_the_letters_are_for_the_right_episode()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        var interactions = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100)).ToList();

        foreach (var channel in new[] { "telemedicine", "patient_portal", "reception_desk", "e_referral", "ambulance_referral", "nurse_line" })
            Assert.Contains(interactions, i => i.Channel == channel);
        var followUps = interactions.Count(i => i.Subject is CareFollowUp.TreatedSubject or CareFollowUp.DischargedSubject or CareFollowUp.DidNotAttendSubject);
        Assert.Equal(4, followUps); // two treated, one discharged, one outpatient no-show
        var letter = result.Documents.Single(d => d.Template == "outpatient_appointment_letter");
        Assert.Contains("| Day | Tuesday 27 January 2026 |", letter.Content);
        var instructions = result.Documents.Single(d => d.Template == "pre_admission_instructions");
        Assert.Contains("| Operation day | Monday 9 February 2026 |", instructions.Content);
        Assert.Contains("after 01:30", instructions.Content);
        Assert.DoesNotContain("bed-day fee", instructions.Content); // a day case has no stay to pay for
    }
}
