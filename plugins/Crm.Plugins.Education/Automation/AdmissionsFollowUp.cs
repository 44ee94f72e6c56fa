using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Education.Automation;

/// <summary>
/// Puts the admissions office's next step on the applicant's card (and the deal) as an internal note:
/// when an offer is made, send the offer letter and chase the reply; when an international applicant
/// accepts an offer, assign the CAS so the student can apply for a visa in time for the intake.
/// </summary>
public sealed class AdmissionsFollowUp(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note when an offer is made.</summary>
    public const string OfferSubject = "Offer made — send the offer letter and chase the applicant's reply";

    /// <summary>Subject of the note when an international applicant accepts an offer.</summary>
    public const string CasSubject = "Offer accepted — check the deposit and assign a CAS for the student visa";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != EducationFunnels.StudentAdmissionsKey) return Task.CompletedTask;
        var (subject, notes) = notification.ToStage switch
        {
            EducationFunnels.AdmissionDecision => (OfferSubject, OfferNotes(deal)),
            EducationFunnels.OfferAccepted when deal.Fields.GetText("tuition_fee_status") == "international" => (CasSubject, CasNotes(deal)),
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

    private static string OfferNotes(Deal deal)
    {
        var f = deal.Fields;
        var offer = f.GetText("admission_offer_type") == "conditional"
            ? $"conditional offer ({f.GetText("admission_offer_conditions") ?? "conditions to be confirmed"})"
            : "unconditional offer";
        return $"{deal.Title}: {offer}, {f.GetText("tuition_fee_status")} fee {Money(f.GetMoney("tuition_fee"))} a year. " +
               "Chase the reply after 14 days if the applicant has not responded.";
    }

    private static string CasNotes(Deal deal)
    {
        var deposit = deal.Fields.GetMoney("tuition_deposit");
        var paid = deposit is { Amount: > 0 } ? $"deposit of {Money(deposit)} paid" : "deposit not yet paid";
        return $"{deal.Title}: {paid}. Assign the CAS once the offer is unconditional; the visa takes up to three weeks.";
    }

    private static string Money(Crm.Framework.Money? money) =>
        money is { } m ? $"{m.Amount.ToString("N2", CultureInfo.InvariantCulture)} {m.Currency}" : "to be confirmed";
}
