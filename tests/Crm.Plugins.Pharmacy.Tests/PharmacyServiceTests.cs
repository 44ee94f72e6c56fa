using Crm.Framework;
using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Framework.Testing;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests;

/// <summary>The catalogue, call scripts, care-home SLA, teams and lead routing the plugin declares, and how they behave.</summary>
public sealed class PharmacyServiceTests
{
    private static Task<Customer> CareHome(CrmTestHost crm) => crm.Send(new CreateCustomer
    {
        Name = "Maple Grove Assisted Living",
        Kind = CustomerKind.Organization,
        Owner = "marcus.bell",
        Tags = ["ltc_contract"],
        Fields = Values(("rx_facility_type", "assisted_living"), ("rx_facility_beds", 84)),
    });

    [Fact]
    public async Task The_catalogue_prices_vaccines_services_and_a_taxed_retail_item_in_usd_for_the_right_funnels()
    {
        await using var crm = Host();

        var products = crm.Schema.Products().ToList();

        Assert.InRange(products.Count, 4, 8);
        Assert.All(products, p => Assert.Equal("USD", p.UnitPrice.Currency));
        Assert.All(products, p => Assert.StartsWith("rx_", p.Key));
        Assert.All(products, p => Assert.All(p.Funnels, f => Assert.NotNull(crm.Schema.FindFunnel(f))));
        Assert.All(products.Where(p => p.Kind is "vaccine" or "service"), p => Assert.Equal(0m, p.TaxRate));
        Assert.Equal(0.075m, crm.Schema.RequireProduct("rx_bp_monitor").TaxRate);
        Assert.Equal(["rx_flu_vaccine", "rx_covid_vaccine", "rx_shingrix_dose", "rx_pcv20_vaccine", "rx_tdap_vaccine", "rx_onsite_clinic"],
            crm.Schema.ProductsFor("rx_vaccination").Select(p => p.Key));
        Assert.Equal(["rx_drug_regimen_review", "rx_bp_monitor"], crm.Schema.ProductsFor("rx_medication_review").Select(p => p.Key));
        Assert.Empty(crm.Schema.ProductsFor("rx_fulfilment")); // a prescription is priced by its claim, not the catalogue
    }

    [Fact]
    public async Task The_call_scripts_fit_declared_stages_and_have_objections_and_a_closing()
    {
        await using var crm = Host();

        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["rx_refill_reminder_call", "rx_medication_review_invitation"], scripts.Select(s => s.Key));
        Assert.Equal(("rx_refill", "reminder_sent"), (scripts[0].Funnel, scripts[0].Stage));
        Assert.Equal(("rx_medication_review", "invited"), (scripts[1].Funnel, scripts[1].Stage));
        foreach (var script in scripts)
        {
            Assert.NotNull(crm.Schema.FindFunnel(script.Funnel!)!.FindStage(script.Stage!));
            Assert.Contains(script.Steps, s => s.IsQuestion);
            Assert.True(script.Objections.Count >= 2, $"{script.Key} answers the usual objections");
            Assert.False(string.IsNullOrWhiteSpace(script.Closing));
        }
    }

    [Fact]
    public async Task App_requests_go_to_the_patient_care_desk_in_turn_and_employers_to_the_clinic_pharmacist()
    {
        await using var crm = Host();

        Assert.Equal(["rx_pharmacists", "rx_patient_care_desk"], crm.Schema.Teams().Select(t => t.Key));
        Assert.Equal("daniel.okafor", crm.Schema.RequireTeam("rx_pharmacists").EscalatesTo);

        var first = await crm.Send(new CaptureLead { Channel = "pharmacy_app", Name = "Kevin O'Brien", Phone = "+1 614 555 0211" });
        var second = await crm.Send(new CaptureLead { Channel = "pharmacy_app", Name = "Laura Diaz", Phone = "+1 614 555 0212" });
        var employer = await crm.Send(new CaptureLead
        {
            Channel = "web_form", Name = "Sandra Miller", Company = "Buckeye Freight LLC", Email = "smiller@buckeyefreight.com",
            Fields = Values(("rx_facility_type", "employer")),
        });
        var school = await crm.Send(new CaptureLead { Channel = "web_form", Name = "Tom Ruiz", Email = "truiz@school.org", Fields = Values(("rx_facility_type", "school")) });

        Assert.Equal(("ashley.morgan", "rx_app_requests"), (first.Owner, first.Rule));
        Assert.Equal(("kevin.tran", "rx_app_requests"), (second.Owner, second.Rule));
        Assert.Equal(("marcus.bell", "rx_employer_clinics"), (employer.Owner, employer.Rule));
        Assert.Null(school.Rule);
    }

    [Fact]
    public async Task A_care_home_with_a_contract_gets_the_ltc_sla_in_columbus_time_and_a_patient_the_standard_one()
    {
        await using var crm = Host();
        var home = await CareHome(crm);
        var patient = await crm.Patient();

        // Thursday 15 January 2026, 09:00 UTC = 04:00 in Columbus; the contract's clock starts at 08:00 (13:00 UTC).
        var missingDose = await crm.Send(new OpenCase { CustomerId = home.Id, Subject = "Resident's evening insulin missing", Type = CaseType.Incident, Priority = CasePriority.Urgent });
        var patientCase = await crm.Send(new OpenCase { CustomerId = patient.Id, Subject = "Lost her inhaler", Type = CaseType.Incident, Priority = CasePriority.Urgent });

        Assert.Equal("rx_ltc_facilities", missingDose.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 13, 15, 0, TimeSpan.Zero), missingDose.FirstResponseDue);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 17, 0, 0, TimeSpan.Zero), missingDose.ResolutionDue);
        Assert.Equal("standard", patientCase.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero), patientCase.FirstResponseDue);
    }

    [Fact]
    public async Task A_care_home_case_that_misses_its_target_goes_to_the_pharmacist_in_charge()
    {
        await using var crm = Host();
        var home = await CareHome(crm);
        var @case = await crm.Send(new OpenCase { CustomerId = home.Id, Subject = "Cycle fill short three blister packs", Type = CaseType.Incident, Priority = CasePriority.High });

        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 15, 14, 30, 0, TimeSpan.Zero)); // 09:30 in Columbus, 30 minutes past the 1-hour response
        var e = Assert.Single(await crm.Send(new EscalateBreachedCases()));

        Assert.Equal(@case.Id, e.Case.Id);
        Assert.Equal(SlaTarget.FirstResponse, e.Target);
        Assert.Equal("daniel.okafor", e.Case.Owner);
    }
}
