using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Plugins.Bank.Automation;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests.Automation;

public sealed class LoanApprovedFollowUpTests
{
    [Fact]
    public async Task A_loan_reaching_approved_logs_a_follow_up_interaction()
    {
        await using var crm = Host();
        var customer = await crm.Person();

        var deal = await crm.ApprovedPersonalLoan(customer);

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal("Approved — call the customer to sign the loan agreement", note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "Personal loan — kitchen renovation: 15,000.00 EUR at 7.9% a year for 60 months, credit decision CD-2026-00417. The offer is valid for 30 days.",
            note.Notes);
    }

    [Fact]
    public async Task A_mortgage_offer_asks_for_the_notary_appointment()
    {
        await using var crm = Host();
        var customer = await crm.Person("Anneli Saar");

        var deal = await crm.ApprovedMortgage(customer);

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal(LoanApprovedFollowUp.MortgageSubject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
    }

    [Fact]
    public async Task Earlier_stages_and_other_funnels_log_nothing()
    {
        await using var crm = Host();
        var customer = await crm.Person();
        var loan = await crm.PersonalLoan(customer);
        await crm.Move(loan, "kyc_documents");
        var card = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "card_issuance", Title = "Gold credit card", Amount = Eur(3_000), Fields = Values(("product", "credit_card")),
        });
        card = await crm.Move(card, "credit_check");

        await crm.Move(card, "approved", ("credit_limit", Eur(3_000)), ("interest_rate", 19.9m), ("credit_decision_ref", "CD-2026-00512"));

        Assert.Empty(crm.Store.InteractionsOf(customer.Id, 50));
    }
}
