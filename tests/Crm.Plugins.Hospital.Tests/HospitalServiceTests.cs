using Crm.Framework;
using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests;

/// <summary>The catalogue, call scripts, complaints SLA, teams and lead routing the plugin declares, and how they behave.</summary>
public sealed class HospitalServiceTests
{
    [Fact]
    public async Task The_catalogue_sells_check_ups_consultations_and_surgery_in_eur_without_vat_in_the_right_funnels()
    {
        await using var crm = Host();

        var products = crm.Schema.Products().ToList();

        Assert.InRange(products.Count, 4, 8);
        Assert.All(products, p => Assert.Equal("EUR", p.UnitPrice.Currency));
        Assert.All(products, p => Assert.Equal(0m, p.TaxRate));
        Assert.All(products, p => Assert.Equal("Crm.Plugins.Hospital", crm.Schema.DeclaredBy(ProductDeclarations.Kind, p.Key)));
        Assert.All(products, p => Assert.All(p.Funnels, f => Assert.NotNull(crm.Schema.FindFunnel(f))));
        Assert.Equal(
            ["hospital_checkup_basic", "hospital_checkup_comprehensive", "hospital_checkup_executive", "hospital_checkup_womens_health", "hospital_occupational_exam"],
            crm.Schema.ProductsFor("health_checkup").Select(p => p.Key));
        Assert.Equal(["hospital_specialist_consultation"], crm.Schema.ProductsFor("care_pathway").Select(p => p.Key));
        Assert.Equal(["hospital_lap_hernia_repair", "hospital_cataract_surgery"], crm.Schema.ProductsFor("elective_surgery").Select(p => p.Key));
        Assert.Equal(Money.Of(65, "EUR"), crm.Schema.RequireProduct("hospital_occupational_exam").UnitPrice);
    }

    [Fact]
    public async Task The_call_scripts_fit_declared_stages_and_have_objections_and_a_closing()
    {
        await using var crm = Host();

        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["hospital_checkup_quote_follow_up", "hospital_pre_operative_check"], scripts.Select(s => s.Key));
        foreach (var script in scripts)
        {
            var funnel = crm.Schema.FindFunnel(script.Funnel!);
            Assert.NotNull(funnel);
            Assert.NotNull(funnel.FindStage(script.Stage!));
            Assert.Contains(script.Steps, s => s.IsQuestion);
            Assert.Contains(script.Steps, s => !s.IsQuestion);
            Assert.True(script.Objections.Count >= 2, $"{script.Key} answers the usual objections");
            Assert.False(string.IsNullOrWhiteSpace(script.Closing));
        }
    }

    [Fact]
    public async Task Teams_and_rules_route_portal_patients_to_patient_services_and_employers_to_the_corporate_manager()
    {
        await using var crm = Host();

        Assert.Equal(["hospital_patient_services", "hospital_patient_relations"], crm.Schema.Teams().Select(t => t.Key));
        Assert.Equal("kristel.lepp", crm.Schema.RequireTeam("hospital_patient_relations").EscalatesTo);
        Assert.Equal(["hospital_portal_requests", "hospital_corporate_checkups"],
            crm.Schema.All<AssignmentRule>(AssignmentRuleDeclarations.Kind).Select(r => r.Key));

        var first = await crm.Send(new CaptureLead { Channel = "patient_portal", Name = "Karl Mets", Email = "karl.mets@gmail.com" });
        var second = await crm.Send(new CaptureLead { Channel = "patient_portal", Name = "Eva Kuusk", Email = "eva.kuusk@gmail.com" });
        var employer = await crm.Send(new CaptureLead { Channel = "web_form", Company = "Tallinna Linnatransport AS", Email = "hr@tallinnlt.ee", Source = "corporate_checkups" });
        var walkIn = await crm.Send(new CaptureLead { Channel = "walk_in", Name = "Mart Kask" });

        Assert.Equal(("marta.kuusk", "hospital_portal_requests"), (first.Owner, first.Rule));
        Assert.Equal(("kertu.saar", "hospital_portal_requests"), (second.Owner, second.Rule));
        Assert.Equal(("erik.vaher", "hospital_corporate_checkups"), (employer.Owner, employer.Rule));
        Assert.Null(walkIn.Rule); // no rule: the capturing user owns it
    }

    [Fact]
    public async Task A_patient_complaint_runs_on_the_complaints_sla_every_day_in_tallinn_time_and_a_request_on_the_standard_one()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        // Thursday 15 January 2026, 11:00 in Tallinn (09:00 UTC).
        var incident = await crm.Send(new OpenCase { CustomerId = patient.Id, Subject = "Given the wrong diet on the ward", Type = CaseType.Incident, Priority = CasePriority.Urgent });
        var request = await crm.Send(new OpenCase { CustomerId = patient.Id, Subject = "Copy of the MRI report", Type = CaseType.Request, Priority = CasePriority.Urgent });
        // Saturday 17 January, 19:45 in Tallinn: the office works on Saturdays until 20:00 and opens again on Sunday at 08:00.
        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 17, 17, 45, 0, TimeSpan.Zero));
        var weekend = await crm.Send(new OpenCase { CustomerId = patient.Id, Subject = "Rude answer at the reception desk", Type = CaseType.Complaint, Priority = CasePriority.Urgent });

        Assert.Equal("hospital_clinical_complaints", incident.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero), incident.FirstResponseDue);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 17, 0, 0, TimeSpan.Zero), incident.ResolutionDue);
        Assert.Equal("standard", request.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero), request.FirstResponseDue);
        Assert.Equal("hospital_clinical_complaints", weekend.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 18, 6, 15, 0, TimeSpan.Zero), weekend.FirstResponseDue);
    }

    [Fact]
    public async Task A_complaint_that_misses_its_target_is_escalated_to_the_lead_of_patient_relations()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var complaint = await crm.Send(new OpenCase { CustomerId = patient.Id, Subject = "Waited 3 hours in the corridor", Type = CaseType.Complaint, Priority = CasePriority.High });

        crm.Clock.Advance(TimeSpan.FromHours(3));
        var escalated = await crm.Send(new EscalateBreachedCases());

        var e = Assert.Single(escalated);
        Assert.Equal(complaint.Id, e.Case.Id);
        Assert.Equal("kristel.lepp", e.Case.Owner);
    }
}
