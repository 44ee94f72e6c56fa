using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Telecom.Automation;

/// <summary>
/// When a renewal deal reaches <c>pac_requested</c> (the subscriber asked for a porting code to leave), puts a note
/// for the retention team on the card: the PAC has already gone out by text, so the team may call with an offer
/// but must not delay or block the switch.
/// </summary>
public sealed class PacRequestedAlert(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note.</summary>
    public const string Subject = "PAC requested — retention call within 24 hours; do not delay the switch";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != TelecomFunnels.ContractRenewalKey || notification.ToStage != TelecomFunnels.PacRequested)
            return Task.CompletedTask;

        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = "The PAC was sent by text and is valid for 30 days. Offer the best retention tariff once; if the subscriber declines, thank them and close the deal as ported_out when the port completes.",
        }, cancellationToken);
    }
}
