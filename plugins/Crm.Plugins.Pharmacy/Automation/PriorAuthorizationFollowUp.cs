using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Pharmacy.Automation;

/// <summary>
/// When the plan rejects a claim for prior authorization, puts a note on the card (and the prescription)
/// telling the technician to start the PA with the prescriber's office and to keep the patient informed,
/// so a prescription is not left waiting in the queue while the patient goes without.
/// </summary>
public sealed class PriorAuthorizationFollowUp(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note.</summary>
    public const string Subject = "Prior authorization needed — contact the prescriber's office";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != PharmacyFunnels.FulfilmentKey || notification.ToStage != PharmacyFunnels.PriorAuthorization)
            return Task.CompletedTask;

        var f = deal.Fields;
        var npi = f.GetText("rx_prescriber_npi") is { } n ? $" (NPI {n})" : "";
        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = $"Rx {f.GetText("rx_number")}, {f.GetText("rx_drug_name")} {f.GetText("rx_strength")}: the plan wants a prior authorization. " +
                    $"Ask {f.GetText("rx_prescriber")}{npi} to submit it, tell the patient it usually takes 1 to 3 business days, " +
                    "and offer the cash price or a formulary alternative if the patient cannot wait.",
        }, cancellationToken);
    }
}
