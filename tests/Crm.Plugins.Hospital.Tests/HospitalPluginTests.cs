using Crm.Framework.Testing.Conformance;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests;

public sealed class HospitalPluginTests
{
    [Fact]
    public async Task The_plugin_loads_as_the_hospital_industry()
    {
        await using var crm = Host();

        var report = Assert.Single(crm.Plugins);

        Assert.Equal(PluginStatus.Loaded, report.Status);
        Assert.Equal("Crm.Plugins.Hospital", report.Manifest.Id);
        Assert.Equal("hospital", report.Manifest.Industry);
        Assert.Equal("1.1.0", report.Manifest.Version);
        Assert.Equal("[1.1,2.0)", report.Manifest.Framework);
        Assert.False(string.IsNullOrWhiteSpace(report.Manifest.Description));
    }

    [Fact]
    public async Task The_plugin_declares_its_funnels_channels_and_letters_next_to_the_kernel_channels()
    {
        await using var crm = Host();

        Assert.Equal(["care_pathway", "elective_surgery", "health_checkup"], crm.Schema.Funnels.Select(f => f.Key));
        Assert.Equal(["outpatient_appointment_letter", "pre_admission_instructions", "discharge_summary", "checkup_package_quote"],
            crm.Schema.Templates.Select(t => t.Key));
        Assert.All(crm.Schema.Templates, t => Assert.True(t.RequiresDeal, $"{t.Key} is about one episode or quote"));
        foreach (var channel in new[] { "telemedicine", "patient_portal", "reception_desk", "e_referral", "ambulance_referral", "nurse_line" })
            Assert.Equal("Crm.Plugins.Hospital", crm.Schema.DeclaredBy("channel", channel));
        Assert.True(crm.Schema.FindChannel("reception_desk")!.InPerson);
        Assert.Equal(CrmSchema.KernelId, crm.Schema.DeclaredBy("channel", "phone"));
    }

    [Fact]
    public async Task The_plugin_declares_fields_on_customers_deals_and_interactions()
    {
        await using var crm = Host();

        Assert.Equal(17, crm.Schema.FieldsOf(FieldTarget.Customer).Count());
        Assert.Equal(26, crm.Schema.FieldsOf(FieldTarget.Deal).Count());
        Assert.Equal(["hospital_unit", "fft_response", "patient_complaint"], crm.Schema.FieldsOf(FieldTarget.Interaction).Select(f => f.Key));
    }

    [Fact]
    public async Task Health_data_and_identifiers_are_sensitive_contact_details_personal_and_tariffs_public()
    {
        await using var crm = Host();

        foreach (var key in new[] { "mrn", "patient_personal_code", "patient_insurance_number", "patient_allergies" })
            Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "referral_reason", "triage_category", "encounter_diagnosis", "planned_procedure", "asa_grade", "discharge_medication" })
            Assert.Equal(Sensitivity.Sensitive, crm.Schema.FindField(FieldTarget.Deal, key)!.Sensitivity);
        foreach (var key in new[] { "patient_birth_date", "patient_language", "patient_contact_preference", "patient_emergency_phone", "patient_gp" })
            Assert.Equal(Sensitivity.Personal, crm.Schema.FindField(FieldTarget.Customer, key)!.Sensitivity);
        foreach (var key in new[] { "hospital_tariff_code", "encounter_class", "checkup_package", "hospital_department" })
            Assert.Equal(Sensitivity.Public, crm.Schema.FindField(FieldTarget.Deal, key)!.Sensitivity);
        foreach (var key in new[] { "mrn", "patient_personal_code", "patient_coverage", "oh_contract_number" })
            Assert.True(crm.Schema.FindField(FieldTarget.Customer, key)!.Indexed, $"{key} is searched by");
    }

    [Fact]
    public async Task Stage_requirements_name_only_declared_deal_fields()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var key in funnel.Stages.SelectMany(s => s.RequiredFields))
            Assert.True(crm.Schema.FindField(FieldTarget.Deal, key) is not null, $"{funnel.Key} requires unknown deal field '{key}'.");
    }

    [Fact]
    public async Task Every_funnel_starts_open_and_every_stage_is_reachable_with_a_win_and_a_loss()
    {
        await using var crm = Host();

        foreach (var funnel in crm.Schema.Funnels)
        {
            var reachable = PluginConformance.ReachableStages(funnel).ToList();
            Assert.False(funnel.Start.IsClosed);
            Assert.Equal(funnel.Stages.Select(s => s.Key).Order(), reachable.Select(s => s.Key).Order());
            Assert.Contains(reachable, s => s.Kind == StageKind.Won);
            Assert.Contains(reachable, s => s.Kind == StageKind.Lost);
            foreach (var stage in funnel.Stages.Where(s => !s.IsClosed))
            {
                Assert.NotEmpty(stage.Next);
                Assert.Contains(stage.Next, next => funnel.FindStage(next)!.Kind == StageKind.Lost);
            }
        }
    }

    [Fact]
    public async Task No_key_is_one_another_industry_would_use_without_its_own_prefix()
    {
        await using var crm = Host();
        string[] bank = ["national_id", "date_of_birth", "segment", "marketing_consent", "product", "complaint", "branch_code"];
        string[] generic = ["birth_date", "gender", "language", "consent", "status", "type", "source", "priority", "notes", "plan", "appointment_date"];

        var keys = crm.Schema.Fields.Select(f => f.Key).ToList();

        Assert.Empty(keys.Intersect(bank));
        Assert.Empty(keys.Intersect(generic));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
