using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Plugins.Hospital.Automation;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests.Automation;

public sealed class CareFollowUpTests
{
    [Fact]
    public async Task A_discharged_surgical_patient_gets_a_post_discharge_call_note()
    {
        await using var crm = Host();
        var patient = await crm.SurgicalPatient();

        var deal = await crm.DischargedKneeReplacement(patient);

        var note = Assert.Single(crm.Store.InteractionsOf(patient.Id, 50));
        Assert.Equal("note", note.Channel);
        Assert.Equal(InteractionDirection.Internal, note.Direction);
        Assert.Equal("Discharged — post-discharge phone call within 48 hours", note.Subject);
        Assert.Equal(deal.Id, note.DealId);
        Assert.Equal(crm.Clock.GetUtcNow(), note.OccurredAt);
        Assert.Equal(
            "Total knee replacement, right: operated on by Dr Andres Kuusk, orthopaedic surgeon, discharged home with support on 8 January 2026. " +
            "Ask about pain, the wound, fever and the medicines. Follow-up review in 6 weeks, by 19 February 2026.",
            note.Notes);
    }

    [Fact]
    public async Task A_treated_outpatient_gets_a_follow_up_note_without_the_diagnosis()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.BookedAppointment(patient);

        await crm.Move(deal, "treated", ("encounter_class", "ambulatory"), ("encounter_diagnosis", "G43.0"), ("patient_follow_up_weeks", 8));

        var note = Assert.Single(crm.Store.InteractionsOf(patient.Id, 50));
        Assert.Equal(CareFollowUp.TreatedSubject, note.Subject);
        Assert.Equal(
            "Neurology — frequent migraine: seen on 27 January 2026 by Dr Kristiina Laane, neurologist. Follow-up review in 8 weeks, by 24 March 2026.",
            note.Notes);
        Assert.DoesNotContain("G43", note.Notes);
    }

    [Fact]
    public async Task A_missed_appointment_asks_to_call_the_patient_and_tell_the_referrer()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.BookedAppointment(patient);

        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "did_not_attend", Reason = "Did not come" });

        var note = Assert.Single(crm.Store.InteractionsOf(patient.Id, 50));
        Assert.Equal(CareFollowUp.DidNotAttendSubject, note.Subject);
        Assert.StartsWith("Neurology — frequent migraine: did not attend the appointment on 27 January 2026 with Dr Kristiina Laane, neurologist.", note.Notes);
    }

    [Fact]
    public async Task Earlier_stages_and_other_funnels_log_nothing()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        await crm.ListedKneeReplacement(patient);
        await crm.BookedAppointment(patient);
        var checkup = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "health_checkup", Title = "Basic health check", Amount = Eur(95), Fields = Values(("checkup_package", "basic")),
        });
        checkup = await crm.Move(checkup, "quoted", ("checkup_headcount", 1), ("checkup_price_per_person", Eur(95)));
        checkup = await crm.Move(checkup, "booked", ("checkup_date", new DateOnly(2026, 2, 2)));

        await crm.Send(new MoveDeal { DealId = checkup.Id, Stage = "did_not_attend", Reason = "Did not come" });

        Assert.Empty(crm.Store.InteractionsOf(patient.Id, 50));
    }
}
