using Crm.Framework.Testing.Conformance;
using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests;

public sealed class BankFunnelsTests
{
    public static TheoryData<string> Funnels => ["loan_origination", "mortgage", "account_opening", "card_issuance"];

    [Fact]
    public async Task Opening_a_loan_needs_the_product_the_purpose_and_the_term()
    {
        await using var crm = Host();
        var customer = await crm.Person();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "loan_origination", Title = "Personal loan", Amount = Eur(5_000),
        }));

        Assert.Equal(["product", "loan_purpose", "term_months"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_loan_cannot_skip_from_application_to_approved()
    {
        await using var crm = Host();
        var deal = await crm.PersonalLoan(await crm.Person());

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "approved",
            ("interest_rate", 7.9m), ("credit_decision_ref", "CD-2026-00417")));

        Assert.Contains("cannot move from 'application' to 'approved'", error.Message);
        Assert.Contains("allowed next stages: kyc_documents, rejected, withdrawn", error.Message);
        Assert.Equal("application", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task Rejecting_a_loan_needs_a_reason()
    {
        await using var crm = Host();
        var deal = await crm.PersonalLoan(await crm.Person());
        deal = await crm.Move(deal, "kyc_documents");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "rejected"));
        var rejected = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "rejected", Reason = "Debt service to income above 50%" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, rejected.Status);
        Assert.Equal("Debt service to income above 50%", rejected.LostReason);
    }

    [Fact]
    public async Task Underwriting_a_loan_needs_the_credit_grade_from_scoring()
    {
        await using var crm = Host();
        var deal = await crm.PersonalLoan(await crm.Person());
        deal = await crm.Move(deal, "kyc_documents");
        deal = await crm.Move(deal, "scoring");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "underwriting"));

        Assert.Equal("credit_grade", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Approving_a_loan_needs_the_rate_and_the_credit_decision()
    {
        await using var crm = Host();
        var deal = await crm.PersonalLoan(await crm.Person());
        deal = await crm.Move(deal, "kyc_documents");
        deal = await crm.Move(deal, "scoring");
        deal = await crm.Move(deal, "underwriting", ("credit_grade", "B"));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "approved", ("term_months", null)));

        Assert.Equal(["interest_rate", "term_months", "credit_decision_ref"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Disbursing_an_approved_loan_wins_it_and_makes_the_applicant_a_customer()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var deal = await crm.ApprovedPersonalLoan(customer);

        deal = await crm.Move(deal, "disbursed");

        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(customer.Id))).Lifecycle);
    }

    [Fact]
    public async Task MoveDeal_to_property_valuation_without_collateral_fails_for_a_mortgage()
    {
        await using var crm = Host();
        var deal = await crm.Mortgage(await crm.Person());
        deal = await crm.Move(deal, "kyc_documents");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "property_valuation"));

        Assert.Equal(["collateral", "collateral_value"], error.Errors.Select(e => e.Field));
        Assert.Contains("is required to enter stage 'property_valuation' of funnel 'mortgage' (Collateral)", error.Message);
    }

    [Fact]
    public async Task A_mortgage_is_not_underwritten_without_the_debt_service_to_income_ratio()
    {
        await using var crm = Host();
        var deal = await crm.Mortgage(await crm.Person());
        deal = await crm.Move(deal, "kyc_documents");
        deal = await crm.Move(deal, "property_valuation", ("collateral", "Flat at Tähe 12-5, Tartu"), ("collateral_value", Eur(232_000)));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "underwriting"));

        Assert.Equal("dsti", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task An_account_is_opened_only_with_an_iban_and_a_verified_identity()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "account_opening", Title = "Current account", Amount = Eur(500), Fields = Values(("product", "current_account")),
        });
        deal = await crm.Move(deal, "identity_verification");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "account_opened"));
        var opened = await crm.Move(deal, "account_opened", ("iban", "EE954200331044712093"), ("verification_method", "electronic_id"));

        Assert.Equal(["iban", "verification_method"], error.Errors.Select(e => e.Field));
        Assert.Equal(DealStatus.Won, opened.Status);
    }

    [Fact]
    public async Task A_card_counts_as_sold_only_once_activated()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "card_issuance", Title = "Gold credit card", Amount = Eur(3_000), Fields = Values(("product", "credit_card")),
        });
        deal = await crm.Move(deal, "credit_check");
        deal = await crm.Move(deal, "approved", ("credit_limit", Eur(2_500)), ("interest_rate", 19.9m), ("credit_decision_ref", "CD-2026-00512"));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "activated"));
        deal = await crm.Move(deal, "card_issued");
        Assert.Equal(DealStatus.Open, deal.Status);
        deal = await crm.Move(deal, "activated");

        Assert.Contains("allowed next stages: card_issued, declined", error.Message);
        Assert.Equal(DealStatus.Won, deal.Status);
    }

    [Theory]
    [MemberData(nameof(Funnels))]
    public async Task Every_open_stage_can_end_in_a_loss_and_the_start_can_reach_a_win(string key)
    {
        await using var crm = Host();
        var funnel = Assert.Single(crm.Schema.Funnels, f => f.Key == key);

        foreach (var stage in funnel.Stages.Where(s => !s.IsClosed))
            Assert.Contains(stage.Next, next => funnel.FindStage(next)!.Kind == StageKind.Lost);
        Assert.Contains(PluginConformance.ReachableStages(funnel), s => s.Kind == StageKind.Won);
    }
}
