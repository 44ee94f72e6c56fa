using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests;

public sealed class EducationFunnelsTests
{
    [Fact]
    public async Task An_inquiry_needs_the_level_of_study()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "student_admissions", Title = "Undecided", Amount = Gbp(9_790),
        }));

        Assert.Equal("programme_level", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task An_application_needs_the_programme_the_intake_and_the_mode()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var inquiry = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "student_admissions", Title = "Computing enquiry", Amount = Gbp(9_790),
            Fields = Values(("programme_level", "undergraduate")),
        });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(inquiry, "application"));

        Assert.Equal(["programme_code", "programme_name", "intake_term", "study_mode"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task An_application_cannot_skip_from_submitted_to_an_offer()
    {
        await using var crm = Host();
        var deal = await crm.ComputerScience(await crm.HomeApplicant());
        deal = await crm.Move(deal, "application");

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "admission_decision",
            ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(9_790)), ("tuition_fee_status", "home")));

        Assert.Contains("cannot move from 'application' to 'admission_decision'", error.Message);
        Assert.Contains("allowed next stages: documents_complete, rejected, withdrawn", error.Message);
        Assert.Equal("application", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task Documents_are_complete_only_when_the_documents_received_are_recorded()
    {
        await using var crm = Host();
        var deal = await crm.ComputerScience(await crm.HomeApplicant());
        deal = await crm.Move(deal, "application");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "documents_complete"));

        Assert.Equal("application_documents", Assert.Single(error.Errors).Field);
        Assert.Contains("is required to enter stage 'documents_complete' of funnel 'student_admissions'", error.Message);
    }

    [Fact]
    public async Task An_offer_needs_its_type_the_tuition_fee_and_the_fee_status()
    {
        await using var crm = Host();
        var deal = await crm.ComputerScience(await crm.HomeApplicant());
        deal = await crm.Move(deal, "application");
        deal = await crm.Move(deal, "documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" }));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "admission_decision"));

        Assert.Equal(["admission_offer_type", "tuition_fee", "tuition_fee_status"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Enrolment_needs_the_enrolment_date_and_makes_the_applicant_a_customer()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ConditionalOffer(customer);
        deal = await crm.Move(deal, "offer_accepted");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "enrolled"));
        var enrolled = await crm.Move(deal, "enrolled", ("student_enrolment_date", new DateOnly(2026, 9, 21)));

        Assert.Equal("student_enrolment_date", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Won, enrolled.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(customer.Id))).Lifecycle);
    }

    [Fact]
    public async Task Missing_the_conditions_of_a_firm_offer_makes_the_application_unsuccessful_with_a_reason()
    {
        await using var crm = Host();
        var deal = await crm.ConditionalOffer(await crm.HomeApplicant("Jack Robinson"));
        deal = await crm.Move(deal, "offer_accepted");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "rejected"));
        var rejected = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "rejected", Reason = "Conditions not met: achieved BBC against AAA" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, rejected.Status);
        Assert.Equal("Conditions not met: achieved BBC against AAA", rejected.LostReason);
    }

    [Fact]
    public async Task An_offer_is_accepted_or_declined_not_withdrawn_from()
    {
        await using var crm = Host();
        var deal = await crm.ConditionalOffer(await crm.HomeApplicant());

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "Changed her mind" }));

        Assert.Contains("allowed next stages: offer_accepted, declined", error.Message);
    }

    [Fact]
    public async Task A_scholarship_eligibility_check_needs_the_programme_applied_to()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "scholarships", Title = "Vice-Chancellor's Excellence Scholarship", Amount = Gbp(9_000),
            Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit")),
        });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "eligibility_check"));

        Assert.Equal("programme_code", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task A_scholarship_is_awarded_only_with_the_panel_score_the_value_and_the_years()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "scholarships", Title = "Vice-Chancellor's Excellence Scholarship", Amount = Gbp(9_000),
            Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit"), ("programme_code", "G400")),
        });
        deal = await crm.Move(deal, "eligibility_check");
        deal = await crm.Move(deal, "panel_review");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "awarded", ("scholarship_panel_score", 84)));
        var tooHigh = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "awarded",
            ("scholarship_panel_score", 104), ("scholarship_award", Gbp(3_000)), ("scholarship_years", 3)));
        var accepted = await crm.Move(await crm.Move(deal, "awarded",
            ("scholarship_panel_score", 84), ("scholarship_award", Gbp(3_000)), ("scholarship_years", 3)), "accepted");

        Assert.Equal(["scholarship_award", "scholarship_years"], error.Errors.Select(e => e.Field));
        Assert.Equal(("scholarship_panel_score", "must be between 0 and 100"), (tooHigh.Errors.Single().Field, tooHigh.Errors.Single().Rule));
        Assert.Equal(DealStatus.Won, accepted.Status);
    }

    [Fact]
    public async Task A_training_proposal_needs_the_delegates_the_days_and_the_delivery_and_the_contract_its_reference()
    {
        await using var crm = Host();
        var trust = await crm.Send(new CreateCustomer
        {
            Name = "Northshire NHS Foundation Trust", Kind = CustomerKind.Organization, Fields = Values(("education_partner_type", "employer")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = trust.Id, Funnel = "corporate_training", Title = "Ward Manager Leadership Programme", Amount = Gbp(42_000),
            Fields = Values(("programme_name", "Leadership and Management for Ward Managers (ILM Level 5)")),
        });
        deal = await crm.Move(deal, "needs_analysis");

        var proposal = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "proposal_sent"));
        deal = await crm.Move(deal, "proposal_sent", ("training_delegates", 24), ("training_days", 5), ("training_delivery", "at_client_site"));
        deal = await crm.Move(deal, "negotiation");
        var contract = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "contract_signed", ("training_contract_ref", "2025/31")));
        var signed = await crm.Move(deal, "contract_signed", ("training_contract_ref", "TC-2025-031"));

        Assert.Equal(["training_delegates", "training_days", "training_delivery"], proposal.Errors.Select(e => e.Field));
        Assert.Equal("must be TC-, the year, a dash and three digits, e.g. TC-2026-014", contract.Errors.Single().Rule);
        Assert.Equal(DealStatus.Won, signed.Status);
    }

    [Fact]
    public async Task Losing_a_training_deal_to_a_competitor_needs_a_reason()
    {
        await using var crm = Host();
        var company = await crm.Send(new CreateCustomer { Name = "Harbourside Engineering Ltd", Kind = CustomerKind.Organization });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = company.Id, Funnel = "corporate_training", Title = "Project Management", Amount = Gbp(28_000),
            Fields = Values(("programme_name", "APM Project Fundamentals Qualification")),
        });
        deal = await crm.Move(deal, "needs_analysis");
        deal = await crm.Move(deal, "proposal_sent", ("training_delegates", 16), ("training_days", 4), ("training_delivery", "on_campus"));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "lost_to_competitor"));

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
    }
}
