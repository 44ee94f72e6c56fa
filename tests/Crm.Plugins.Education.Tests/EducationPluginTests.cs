using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests;

public sealed class EducationPluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_education_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Education", report.Manifest.Id);
        Assert.Equal("education", report.Manifest.Industry);
        Assert.Equal("1.1.0", report.Manifest.Version);
        Assert.False(string.IsNullOrWhiteSpace(report.Manifest.Description));
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_letters_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["student_admissions", "scholarships", "corporate_training"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(["admission_offer_letter", "enrolment_confirmation", "missing_documents_request", "scholarship_award_letter"],
            crm.Schema.Templates.Select(t => t.Key));
        foreach (var channel in new[] { "open_day", "campus_visit", "education_fair", "school_visit", "student_portal" })
            Assert.Equal("Crm.Plugins.Education", crm.Schema.DeclaredBy("channel", channel));
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "email"));
        Assert.True(crm.Schema.Templates.All(t => t.RequiresDeal));
    }

    [Fact]
    public async Task The_plugin_declares_fields_on_customers_deals_and_interactions()
    {
        await using var crm = Host();

        Assert.Equal(18, crm.Schema.FieldsOf(FieldTarget.Customer).Count());
        Assert.Equal(24, crm.Schema.FieldsOf(FieldTarget.Deal).Count());
        Assert.Equal(["university_campus", "recruitment_event", "open_day_guests", "student_wellbeing_concern"],
            crm.Schema.FieldsOf(FieldTarget.Interaction).Select(f => f.Key));
    }

    [Fact]
    public async Task Identity_numbers_and_health_data_are_sensitive_and_personal_data_is_personal()
    {
        await using var crm = Host();

        foreach (var (target, key) in new[] { (FieldTarget.Customer, "student_passport_number"), (FieldTarget.Customer, "student_support_needs"),
                     (FieldTarget.Interaction, "student_wellbeing_concern") })
            Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(target, key)!.Sensitivity);
        foreach (var key in new[] { "student_number", "ucas_personal_id", "student_date_of_birth", "student_nationality", "entry_grades", "ielts_band",
                     "student_contact_preference", "student_marketing_consent" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "student_status", "student_recruitment_source", "education_partner_type" })
            Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
    }

    [Fact]
    public async Task Fields_people_search_by_are_indexed()
    {
        await using var crm = Host();

        foreach (var key in new[] { "student_number", "ucas_personal_id", "student_status", "student_nationality", "education_agent", "applicant_school" })
            Assert.True(crm.Schema.FindField(FieldTarget.Customer, key)!.Indexed, key);
        Assert.True(crm.Schema.FindField(FieldTarget.Deal, "programme_code")!.Indexed);
    }

    [Fact]
    public async Task Stage_requirements_name_only_deal_fields_this_plugin_declares()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var key in funnel.Stages.SelectMany(s => s.RequiredFields))
            Assert.True(crm.Schema.FindField(FieldTarget.Deal, key) is not null, $"{funnel.Key} requires unknown deal field '{key}'.");
    }

    [Fact]
    public async Task Every_funnel_starts_open_and_reaches_every_stage_a_won_and_a_lost_stage()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        {
            Assert.Equal(StageKind.Open, funnel.Start.Kind);
            var reached = new HashSet<string> { funnel.Start.Key };
            var queue = new Queue<StageDefinition>([funnel.Start]);
            while (queue.TryDequeue(out var stage))
                foreach (var next in stage.Next.Where(reached.Add))
                    queue.Enqueue(funnel.FindStage(next)!);

            Assert.Equal(funnel.Stages.Select(s => s.Key).Order(), reached.Order());
            Assert.Contains(funnel.Stages, s => s.Kind == StageKind.Won);
            Assert.Contains(funnel.Stages, s => s.Kind == StageKind.Lost);
            Assert.All(funnel.Stages.Where(s => !s.IsClosed), s => Assert.NotEmpty(s.Next));
        }
    }
}
