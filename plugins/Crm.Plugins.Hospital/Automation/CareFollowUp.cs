using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Hospital.Automation;

/// <summary>
/// The follow-up step of the care pathway. A won stage is final in the kernel, so "follow-up" is not a
/// stage after <c>treated</c>: when a patient is treated, discharged after surgery or does not attend, this
/// handler puts an internal note on the card (and the deal) telling the care coordinator what to do next.
/// The note never repeats the diagnosis or other special-category data.
/// </summary>
public sealed class CareFollowUp(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note when an outpatient episode is treated.</summary>
    public const string TreatedSubject = "Treated — book the follow-up review and send the clinic letter to the GP";

    /// <summary>Subject of the note when a surgical patient is discharged.</summary>
    public const string DischargedSubject = "Discharged — post-discharge phone call within 48 hours";

    /// <summary>Subject of the note when a patient misses the appointment.</summary>
    public const string DidNotAttendSubject = "Did not attend — call the patient and tell the referrer";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        var (subject, notes) = (deal.Funnel, notification.ToStage) switch
        {
            (HospitalFunnels.CarePathwayKey, HospitalFunnels.Treated) => (TreatedSubject, TreatedNotes(deal)),
            (HospitalFunnels.ElectiveSurgeryKey, HospitalFunnels.Discharged) => (DischargedSubject, DischargedNotes(deal)),
            (HospitalFunnels.CarePathwayKey, HospitalFunnels.DidNotAttend) => (DidNotAttendSubject, DidNotAttendNotes(deal)),
            _ => (null, null),
        };
        if (subject is null) return Task.CompletedTask;

        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = subject,
            Notes = notes,
        }, cancellationToken);
    }

    private static string TreatedNotes(Deal deal)
    {
        var f = deal.Fields;
        var seen = $"{deal.Title}: seen on {Long(f.GetDate("hospital_appointment_date"))} by {f.GetText("attending_practitioner")}.";
        return $"{seen} {Review(f.GetNumber("patient_follow_up_weeks"), f.GetDate("hospital_appointment_date"))}";
    }

    private static string DischargedNotes(Deal deal)
    {
        var f = deal.Fields;
        var to = (f.GetText("discharge_disposition") ?? "home").Replace('_', ' ');
        return $"{deal.Title}: operated on by {f.GetText("operating_surgeon")}, discharged {to} on {Long(f.GetDate("discharge_date"))}. " +
               $"Ask about pain, the wound, fever and the medicines. {Review(f.GetNumber("patient_follow_up_weeks"), f.GetDate("discharge_date"))}";
    }

    private static string DidNotAttendNotes(Deal deal)
    {
        var f = deal.Fields;
        return $"{deal.Title}: did not attend the appointment on {Long(f.GetDate("hospital_appointment_date"))} with {f.GetText("attending_practitioner")}. " +
               "Offer one new appointment; if the patient cannot be reached in 5 working days, return the referral to the referrer.";
    }

    private static string Review(decimal? weeks, DateOnly? from) => weeks is { } w && from is { } day
        ? $"Follow-up review in {w.ToString(CultureInfo.InvariantCulture)} weeks, by {Long(day.AddDays((int)w * 7))}."
        : "No follow-up review planned; the GP continues the care.";

    private static string Long(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "(date not recorded)";
}
