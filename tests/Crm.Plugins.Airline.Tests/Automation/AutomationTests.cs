using Crm.Framework.Interactions;
using Crm.Plugins.Airline.Automation;
using static Crm.Plugins.Airline.Tests.AirlineScenario;

namespace Crm.Plugins.Airline.Tests.Automation;

public sealed class AutomationTests
{
    [Fact]
    public async Task A_group_paying_its_deposit_leaves_a_name_list_reminder()
    {
        await using var crm = Host();
        var college = await crm.College();
        var deal = await crm.SchoolGroupQuoted(college);

        deal = await crm.Move(deal, "deposit_paid", ("pnr", "S3CHLG"), ("group_deposit_amount", Eur(780.30m)), ("group_names_deadline", Day(2026, 3, 30)));

        var note = Assert.Single(crm.Store.InteractionsOf(college.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal(GroupNameListReminder.Subject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "School trip to London — 28 passengers: PNR S3CHLG, 28 passengers, deposit 780.30 EUR. Names as in the passports are due by 30 March 2026; remind the organiser a week before.",
            note.Notes);
    }

    [Fact]
    public async Task A_signed_corporate_agreement_asks_for_the_fares_and_the_tour_code_to_be_loaded()
    {
        await using var crm = Host();
        var company = await crm.Company();

        var deal = await crm.CorporateSigned(company);

        var note = Assert.Single(crm.Store.InteractionsOf(company.Id, 50));
        Assert.Equal(CorporateTourCodeLoading.Subject, note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(
            "Fare agreement 2026–2027: tour code BNPE2602, 12% off in economy, business. File the fares before 1 February 2026 and send the tour code to Nordic Travel Management OÜ.",
            note.Notes);
    }

    [Fact]
    public async Task Other_stages_and_funnels_log_nothing()
    {
        await using var crm = Host();
        var passenger = await crm.Passenger();
        var company = await crm.Company();

        await crm.LondonTicketed(passenger);
        await crm.SchoolGroupQuoted(company);
        await crm.CorporateInNegotiation(company);

        Assert.Empty(crm.Store.InteractionsOf(passenger.Id, 50));
        Assert.Empty(crm.Store.InteractionsOf(company.Id, 50));
    }
}
