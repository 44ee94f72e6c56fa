using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests;

public sealed class HospitalFunnelsTests
{
    [Fact]
    public async Task A_referral_needs_the_referrer_and_the_department()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "care_pathway", Title = "Neurology referral", Amount = Eur(52),
        }));

        Assert.Equal(["patient_referral_source", "hospital_department"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_referral_cannot_be_booked_before_triage()
    {
        await using var crm = Host();
        var deal = await crm.Referral(await crm.Patient());

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "appointment_booked",
            ("hospital_appointment_date", new DateOnly(2026, 1, 27)), ("hospital_appointment_time", "10:30"), ("attending_practitioner", "Dr Kristiina Laane")));

        Assert.Contains("cannot move from 'referral_received' to 'appointment_booked'", error.Message);
        Assert.Contains("allowed next stages: triage, referred_elsewhere, declined", error.Message);
        Assert.Equal("referral_received", (await crm.Send(new GetDeal(deal.Id))).Stage);
    }

    [Fact]
    public async Task Triage_needs_a_triage_category()
    {
        await using var crm = Host();
        var deal = await crm.Referral(await crm.Patient());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "triage"));

        Assert.Equal("triage_category", Assert.Single(error.Errors).Field);
        Assert.Contains("is required to enter stage 'triage' of funnel 'care_pathway' (Triage category)", error.Message);
    }

    [Fact]
    public async Task Booking_needs_the_slot_and_the_practitioner()
    {
        await using var crm = Host();
        var deal = await crm.Referral(await crm.Patient());
        deal = await crm.Move(deal, "triage", ("triage_category", "soon"));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "appointment_booked"));

        Assert.Equal(["hospital_appointment_date", "hospital_appointment_time", "attending_practitioner"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_treated_patient_wins_the_episode_only_with_the_encounter_coded()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.BookedAppointment(patient);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "treated"));
        deal = await crm.Move(deal, "treated", ("encounter_class", "ambulatory"), ("encounter_diagnosis", "G43.0"));

        Assert.Equal(["encounter_class", "encounter_diagnosis"], error.Errors.Select(e => e.Field));
        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.Equal(LifecycleStage.Customer, (await crm.Send(new GetCustomer(patient.Id))).Lifecycle);
    }

    [Fact]
    public async Task A_no_show_needs_a_reason()
    {
        await using var crm = Host();
        var deal = await crm.BookedAppointment(await crm.Patient());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "did_not_attend"));
        var lost = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "did_not_attend", Reason = "Did not come and could not be reached" });

        Assert.Equal("reason", Assert.Single(error.Errors).Field);
        Assert.Equal(DealStatus.Lost, lost.Status);
        Assert.Equal("Did not come and could not be reached", lost.LostReason);
    }

    [Fact]
    public async Task A_patient_is_not_listed_for_surgery_without_the_pre_operative_assessment_results()
    {
        await using var crm = Host();
        var deal = await crm.KneeReplacement(await crm.Patient());

        var skip = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Move(deal, "listed_for_surgery"));
        deal = await crm.Move(deal, "pre_assessment");
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "listed_for_surgery"));

        Assert.Contains("allowed next stages: pre_assessment, patient_declined, clinically_unfit", skip.Message);
        Assert.Equal(["asa_grade", "operating_surgeon", "surgery_date", "episode_payer"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_patient_listed_too_long_ago_goes_back_to_pre_assessment()
    {
        await using var crm = Host();
        var deal = await crm.ListedKneeReplacement(await crm.Patient());

        deal = await crm.Move(deal, "pre_assessment");

        Assert.Equal(DealStatus.Open, deal.Status);
        Assert.Equal(["consultation", "pre_assessment", "listed_for_surgery", "pre_assessment"], deal.History.Select(h => h.To));
    }

    [Fact]
    public async Task Discharge_needs_the_date_the_destination_and_the_diagnosis()
    {
        await using var crm = Host();
        var deal = await crm.ListedKneeReplacement(await crm.Patient());
        deal = await crm.Move(deal, "admitted");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "discharged"));

        Assert.Equal(["discharge_date", "discharge_disposition", "encounter_diagnosis"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_check_up_is_quoted_with_the_headcount_and_price_and_booked_with_a_date()
    {
        await using var crm = Host();
        var company = await crm.Send(new CreateCustomer { Name = "Nordic Software OÜ", Kind = CustomerKind.Organization });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = company.Id, Funnel = "health_checkup", Title = "Comprehensive health checks", Amount = Eur(3_780),
            Fields = Values(("checkup_package", "comprehensive")),
        });

        var quote = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "quoted"));
        deal = await crm.Move(deal, "quoted", ("checkup_headcount", 20), ("checkup_price_per_person", Eur(189)));
        var booking = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "booked"));
        deal = await crm.Move(deal, "booked", ("checkup_date", new DateOnly(2026, 2, 3)));
        deal = await crm.Move(deal, "completed");

        Assert.Equal(["checkup_headcount", "checkup_price_per_person"], quote.Errors.Select(e => e.Field));
        Assert.Equal("checkup_date", Assert.Single(booking.Errors).Field);
        Assert.Equal(DealStatus.Won, deal.Status);
    }
}
