using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Plugins.Education.Automation;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests.Automation;

public sealed class AdmissionsFollowUpTests
{
    [Fact]
    public async Task An_offer_logs_a_note_to_send_the_letter_and_chase_the_reply()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();

        var deal = await crm.ConditionalOffer(customer);

        var note = Assert.Single(crm.Store.InteractionsOf(customer.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal("Offer made — send the offer letter and chase the applicant's reply", note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "BSc (Hons) Computer Science, September 2026: conditional offer (AAA at A level including Mathematics; a pass in the practical endorsement " +
            "of any science A level), home fee 9,790.00 GBP a year. Chase the reply after 14 days if the applicant has not responded.",
            note.Notes);
    }

    [Fact]
    public async Task An_international_applicant_accepting_an_offer_asks_for_the_cas()
    {
        await using var crm = Host();
        var customer = await crm.InternationalApplicant();
        var deal = await crm.InternationalOffer(customer);

        deal = await crm.Move(deal, "offer_accepted", ("tuition_deposit", Gbp(3_000)));

        var notes = crm.Store.InteractionsOf(customer.Id, 50).OrderBy(i => i.Subject).ToList();
        Assert.Equal([AdmissionsFollowUp.CasSubject, AdmissionsFollowUp.OfferSubject], notes.Select(n => n.Subject));
        Assert.Equal(deal.Id, notes[0].DealId);
        Assert.Equal("MSc Data Science, September 2026: deposit of 3,000.00 GBP paid. Assign the CAS once the offer is unconditional; the visa takes up to three weeks.",
            notes[0].Notes);
    }

    [Fact]
    public async Task A_home_applicant_accepting_an_offer_needs_no_cas()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ConditionalOffer(customer);

        await crm.Move(deal, "offer_accepted");

        Assert.DoesNotContain(crm.Store.InteractionsOf(customer.Id, 50), i => i.Subject == AdmissionsFollowUp.CasSubject);
    }

    [Fact]
    public async Task Earlier_stages_and_other_funnels_log_nothing()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var application = await crm.ComputerScience(customer);
        await crm.Move(application, "application");
        var scholarship = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "scholarships", Title = "Vice-Chancellor's Excellence Scholarship", Amount = Gbp(9_000),
            Fields = Values(("scholarship_name", "Vice-Chancellor's Excellence Scholarship"), ("scholarship_basis", "academic_merit"), ("programme_code", "G400")),
        });
        scholarship = await crm.Move(scholarship, "eligibility_check");
        scholarship = await crm.Move(scholarship, "panel_review");

        await crm.Move(scholarship, "awarded", ("scholarship_panel_score", 80), ("scholarship_award", Gbp(3_000)), ("scholarship_years", 3));

        Assert.Empty(crm.Store.InteractionsOf(customer.Id, 50));
    }
}
