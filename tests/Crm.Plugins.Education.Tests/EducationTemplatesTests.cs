using System.Text.RegularExpressions;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests;

public sealed class EducationTemplatesTests
{
    [Fact]
    public async Task Conditional_offer_letter_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ConditionalOffer(customer);
        await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "scholarships", Title = "Vice-Chancellor's Excellence Scholarship", Amount = Gbp(9_000),
            Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit")),
        });

        var document = await Render(crm, customer, "admission_offer_letter", deal);

        GoldenFile.Verify("admission_offer_letter", document.Content);
    }

    [Fact]
    public async Task Unconditional_offer_letter_for_an_international_student_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.InternationalApplicant();
        var deal = await crm.InternationalOffer(customer);

        var document = await Render(crm, customer, "admission_offer_letter", deal);

        GoldenFile.Verify("admission_offer_letter.international", document.Content);
    }

    [Fact]
    public async Task Enrolment_confirmation_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Oliver Bennett",
            Owner = "sarah.jenkins",
            Contacts = [new ContactPoint(ContactKind.Address, "Flat 3, 27 Mutley Plain, Plymouth PL4 6JQ")],
            Fields = Values(("student_number", "25014387"), ("ucas_personal_id", "128-664-0051"), ("student_date_of_birth", new DateOnly(2006, 4, 2)),
                ("student_status", "enrolled")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "student_admissions", Title = "BSc (Hons) Adult Nursing, September 2025", Amount = Gbp(9_535),
            Fields = Values(("programme_level", "undergraduate"), ("programme_code", "B740"), ("programme_name", "BSc (Hons) Adult Nursing"),
                ("intake_term", "202509"), ("study_mode", "full_time"), ("programme_length_years", 3)),
        });
        deal = await crm.Move(deal, "application");
        deal = await crm.Move(deal, "documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" }));
        deal = await crm.Move(deal, "admission_decision", ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(9_535)), ("tuition_fee_status", "home"));
        deal = await crm.Move(deal, "offer_accepted");
        deal = await crm.Move(deal, "enrolled", ("student_enrolment_date", new DateOnly(2025, 9, 19)));

        var document = await Render(crm, customer, "enrolment_confirmation", deal);

        GoldenFile.Verify("enrolment_confirmation", document.Content);
    }

    [Fact]
    public async Task Missing_documents_request_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Yuxin Chen",
            Owner = "raj.patel",
            Contacts = [new ContactPoint(ContactKind.Address, "Room 1203, 88 Changshou Road, Putuo District, Shanghai 200060, China")],
            Fields = Values(("student_passport_number", "EB4417290"), ("student_nationality", "CN"), ("english_test", "ielts_academic"), ("ielts_band", 6.0m)),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "student_admissions", Title = "MSc Finance, September 2026", Amount = Gbp(26_000),
            Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "N3T1"), ("programme_name", "MSc Finance"),
                ("intake_term", "202609"), ("study_mode", "full_time"), ("application_documents", new[] { "transcript", "english_test_certificate", "passport" })),
        });
        deal = await crm.Move(deal, "application");

        var document = await Render(crm, customer, "missing_documents_request", deal);

        GoldenFile.Verify("missing_documents_request", document.Content);
    }

    [Fact]
    public async Task Scholarship_award_letter_matches_the_golden_file()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await Scholarship(crm, customer, ("scholarship_panel_score", 84), ("scholarship_award", Gbp(3_000)), ("scholarship_years", 3));

        var document = await Render(crm, customer, "scholarship_award_letter", deal);

        GoldenFile.Verify("scholarship_award_letter", document.Content);
    }

    [Fact]
    public async Task Scholarship_award_letter_works_out_the_total_value()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await Scholarship(crm, customer, ("scholarship_panel_score", 72), ("scholarship_award", Gbp(2_500.50m)), ("scholarship_years", 4));

        var content = (await Render(crm, customer, "scholarship_award_letter", deal)).Content;

        Assert.Contains("| Value | £2,500.50 a year |", content);
        Assert.Contains("| Length | 4 years |", content);
        Assert.Contains("| Total value | £10,002 |", content);
    }

    [Fact]
    public async Task Missing_documents_request_asks_a_research_applicant_for_a_proposal_and_a_cv()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant("Lucas Moreau");
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "student_admissions", Title = "PhD Computer Science", Amount = Gbp(5_006),
            Fields = Values(("programme_level", "postgraduate_research"), ("application_documents", new[] { "transcript", "degree_certificate", "reference" })),
        });

        var content = (await Render(crm, customer, "missing_documents_request", deal)).Content;

        Assert.Contains("1. A **research proposal** of up to 2,000 words", content);
        Assert.Contains("2. A **CV** listing", content);
        Assert.DoesNotContain("personal statement", content);
        Assert.DoesNotContain("passport", content);
        Assert.Contains("We have already received your transcripts, degree certificate and reference;", content);
    }

    [Fact]
    public async Task Missing_documents_request_says_so_when_nothing_is_missing()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ComputerScience(customer);
        deal = await crm.Move(deal, "application", ("application_documents", new[] { "transcript", "personal_statement", "reference" }));

        var content = (await Render(crm, customer, "missing_documents_request", deal)).Content;

        Assert.Contains("We have received all the supporting documents we need", content);
        Assert.DoesNotContain("Please send by", content);
        Assert.DoesNotContain("## How to send them", content);
    }

    [Fact]
    public async Task Offer_letter_is_marked_as_a_draft_before_a_decision_is_recorded()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ComputerScience(customer);

        var content = (await Render(crm, customer, "admission_offer_letter", deal)).Content;

        Assert.Contains("**Draft:** no admission decision has been recorded", content);
        Assert.Contains("| Tuition fee | to be confirmed |", content);
        Assert.DoesNotContain("## Conditions of your offer", content);
    }

    [Fact]
    public async Task Enrolment_confirmation_is_marked_as_a_draft_before_enrolment()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ConditionalOffer(customer);

        var content = (await Render(crm, customer, "enrolment_confirmation", deal)).Content;

        Assert.Contains("**Draft:** this student has not completed enrolment", content);
        Assert.Contains("| Student number | not yet issued |", content);
    }

    [Fact]
    public async Task No_letter_prints_the_passport_number_or_the_support_needs()
    {
        await using var crm = Host();
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Priya Sharma",
            Fields = Values(("student_passport_number", "Z4829175"), ("student_nationality", "IN"),
                ("student_support_needs", "Epilepsy: a rest room near the examination hall")),
        });
        var deal = await crm.InternationalOffer(customer);

        foreach (var template in new[] { "admission_offer_letter", "enrolment_confirmation", "missing_documents_request" })
        {
            var content = (await Render(crm, customer, template, deal)).Content;
            Assert.DoesNotContain("Z4829175", content);
            Assert.DoesNotContain("Epilepsy", content);
        }
    }

    [Fact]
    public async Task Every_letter_needs_a_deal()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();

        foreach (var template in new[] { "admission_offer_letter", "enrolment_confirmation", "missing_documents_request", "scholarship_award_letter" })
        {
            var error = await Assert.ThrowsAsync<CrmValidationException>(() => Render(crm, customer, template));
            Assert.Equal("deal", Assert.Single(error.Errors).Field);
        }
    }

    [Fact]
    public async Task Templates_reference_only_fields_the_plugin_declares()
    {
        await using var crm = Host();

        foreach (var template in crm.Schema.Templates)
        {
            // customer.fields.x and the alias c = customer.fields; deal.fields.x, <loop var>.fields.x and the alias f = deal.fields.
            var customerKeys = Keys(template.Source, @"customer\.fields\.([a-z0-9_]+)", @"\bc\.([a-z0-9_]+)");
            var dealKeys = Keys(template.Source, @"(?<!customer)\.fields\.([a-z0-9_]+)", @"\bf\.([a-z0-9_]+)");

            Assert.NotEmpty(dealKeys);
            foreach (var key in customerKeys)
                Assert.True(crm.Schema.FindField(FieldTarget.Customer, key) is not null, $"{template.Key} uses undeclared customer field '{key}'.");
            foreach (var key in dealKeys)
                Assert.True(crm.Schema.FindField(FieldTarget.Deal, key) is not null, $"{template.Key} uses undeclared deal field '{key}'.");
        }
    }

    private static IReadOnlyList<string> Keys(string source, params string[] patterns) =>
        patterns.SelectMany(p => Regex.Matches(source, p).Select(m => m.Groups[1].Value)).Distinct().ToList();

    private static async Task<Deal> Scholarship(CrmTestHost crm, Customer customer, params (string Key, object? Value)[] award)
    {
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "scholarships", Title = "Vice-Chancellor's Excellence Scholarship — Computer Science", Amount = Gbp(9_000),
            Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit"),
                ("programme_code", "G400"), ("programme_name", "BSc (Hons) Computer Science")),
        });
        deal = await crm.Move(deal, "eligibility_check");
        deal = await crm.Move(deal, "panel_review");
        return await crm.Move(deal, "awarded", award);
    }

    private static Task<Document> Render(CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
