using Crm.Framework;
using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Framework.Testing;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests;

/// <summary>The catalogue, call scripts, Student Hub SLA, teams and lead routing the plugin declares, and how they behave.</summary>
public sealed class EducationServiceTests
{
    private static Task<Customer> EnrolledStudent(CrmTestHost crm) => crm.Send(new CreateCustomer
    {
        Name = "Fatima Al-Sayed",
        Lifecycle = LifecycleStage.Customer,
        Owner = "raj.patel",
        Contacts = [new ContactPoint(ContactKind.Email, "fatima.alsayed@gmail.com")],
        Fields = Values(("student_number", "25019876"), ("student_nationality", "JO"), ("student_status", "enrolled")),
    });

    [Fact]
    public async Task The_catalogue_prices_tuition_programmes_courses_and_exam_fees_in_gbp_vat_exempt_except_catering()
    {
        await using var crm = Host();

        var products = crm.Schema.Products().ToList();

        Assert.InRange(products.Count, 4, 8);
        Assert.All(products, p => Assert.Equal("GBP", p.UnitPrice.Currency));
        Assert.All(products, p => Assert.StartsWith("edu_", p.Key));
        Assert.All(products, p => Assert.All(p.Funnels, f => Assert.NotNull(crm.Schema.FindFunnel(f))));
        Assert.All(products.Where(p => p.Key != "edu_day_delegate_rate"), p => Assert.Equal(0m, p.TaxRate));
        Assert.Equal(0.20m, crm.Schema.RequireProduct("edu_day_delegate_rate").TaxRate);
        Assert.Equal(["edu_ug_tuition_home", "edu_pgt_tuition_international"], crm.Schema.ProductsFor("student_admissions").Select(p => p.Key));
        Assert.Contains(products, p => p.Kind == "exam_fee");
        Assert.Empty(crm.Schema.ProductsFor("scholarships")); // an award is not sold
    }

    [Fact]
    public async Task The_call_scripts_fit_declared_stages_and_have_objections_and_a_closing()
    {
        await using var crm = Host();

        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["edu_offer_holder_call", "edu_training_proposal_follow_up"], scripts.Select(s => s.Key));
        Assert.Equal(("student_admissions", "admission_decision"), (scripts[0].Funnel, scripts[0].Stage));
        Assert.Equal(("corporate_training", "proposal_sent"), (scripts[1].Funnel, scripts[1].Stage));
        foreach (var script in scripts)
        {
            Assert.NotNull(crm.Schema.FindFunnel(script.Funnel!)!.FindStage(script.Stage!));
            Assert.Contains(script.Steps, s => s.IsQuestion);
            Assert.True(script.Objections.Count >= 2, $"{script.Key} answers the usual objections");
            Assert.False(string.IsNullOrWhiteSpace(script.Closing));
        }
    }

    [Fact]
    public async Task School_visit_enquiries_go_to_uk_recruitment_in_turn_and_agent_referrals_to_the_international_office()
    {
        await using var crm = Host();

        Assert.Equal(["edu_uk_recruitment", "edu_international_office"], crm.Schema.Teams().Select(t => t.Key));

        var first = await crm.Send(new CaptureLead { Channel = "school_visit", Name = "Ella Morris", Email = "ella.morris09@gmail.com" });
        var second = await crm.Send(new CaptureLead { Channel = "school_visit", Name = "Noah Price", Email = "noah.price@gmail.com" });
        var agent = await crm.Send(new CaptureLead
        {
            Channel = "email", Name = "Chinedu Obi", Email = "chinedu.obi@gmail.com",
            Fields = Values(("student_recruitment_source", "education_agent"), ("education_agent", "Bright Future Consult, Lagos")),
        });
        var website = await crm.Send(new CaptureLead { Channel = "web_form", Name = "Ava Green", Email = "ava.green@gmail.com", Fields = Values(("student_recruitment_source", "website")) });

        Assert.Equal(("sarah.jenkins", "edu_school_visit_enquiries"), (first.Owner, first.Rule));
        Assert.Equal(("james.ward", "edu_school_visit_enquiries"), (second.Owner, second.Rule));
        Assert.Equal(("raj.patel", "edu_agent_referrals"), (agent.Owner, agent.Rule));
        Assert.Null(website.Rule);
    }

    [Fact]
    public async Task An_enrolled_students_case_runs_on_the_student_hub_sla_and_an_applicants_on_the_standard_one()
    {
        await using var crm = Host();
        var student = await EnrolledStudent(crm);
        var applicant = await crm.HomeApplicant();

        // Thursday 15 January 2026, 09:00 in London. The Hub works 08:30–17:00: a normal case is answered within 8.5 hours.
        var studentCase = await crm.Send(new OpenCase { CustomerId = student.Id, Subject = "Timetable clash", Priority = CasePriority.Normal });
        var applicantCase = await crm.Send(new OpenCase { CustomerId = applicant.Id, Subject = "Accommodation question", Priority = CasePriority.Normal });

        Assert.Equal("edu_enrolled_students", studentCase.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 9, 0, 0, TimeSpan.Zero), studentCase.FirstResponseDue);
        Assert.Equal("standard", applicantCase.SlaPolicy);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 17, 0, 0, TimeSpan.Zero), applicantCase.FirstResponseDue);
    }

    [Fact]
    public async Task The_student_hub_clock_stops_over_the_christmas_closure()
    {
        await using var crm = Host();
        var student = await EnrolledStudent(crm);
        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 23, 16, 0, 0, TimeSpan.Zero)); // Wednesday, the last working day

        var urgent = await crm.Send(new OpenCase { CustomerId = student.Id, Subject = "Locked out of the flat", Type = CaseType.Incident, Priority = CasePriority.Urgent });

        Assert.Equal(new DateTimeOffset(2026, 12, 23, 17, 0, 0, TimeSpan.Zero), urgent.FirstResponseDue);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 16, 0, 0, TimeSpan.Zero), urgent.ResolutionDue); // 1 h before, 7.5 h after the closure
    }

    [Fact]
    public async Task A_student_case_that_misses_its_target_goes_to_the_head_of_student_services()
    {
        await using var crm = Host();
        var student = await EnrolledStudent(crm);
        var @case = await crm.Send(new OpenCase { CustomerId = student.Id, Subject = "eVisa letter", Priority = CasePriority.High });

        crm.Clock.Advance(TimeSpan.FromHours(5));
        var e = Assert.Single(await crm.Send(new EscalateBreachedCases()));

        Assert.Equal(@case.Id, e.Case.Id);
        Assert.Equal("claire.morgan", e.Case.Owner);
    }
}
