using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Sample.Automation;

/// <summary>
/// When a deal of the sales funnel is won, puts a note on the customer's card (and the deal) to hand the
/// customer over to delivery. Automation runs after the change committed; what it sends goes through the
/// whole pipeline, and if it throws, the move stays done and the error is logged.
/// </summary>
public sealed class WonDealHandOver(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>The subject of the note.</summary>
    public const string Subject = "Won: hand the customer over to delivery";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != SampleFunnels.SalesKey || notification.ToStage != SampleFunnels.Won) return Task.CompletedTask;

        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = $"{deal.Title}, contract {deal.Fields.GetText(SampleFields.ContractNumber.Key) ?? "not recorded yet"}.",
        }, cancellationToken);
    }
}
