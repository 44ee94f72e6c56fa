using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Automotive.Automation;

/// <summary>
/// When a customer collects their car from the workshop, puts a note on the card for the service advisor to
/// call within three days: the manufacturer's customer satisfaction survey follows, and a problem heard on
/// the phone can still be fixed before it becomes a complaint.
/// </summary>
public sealed class PostServiceCall(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note.</summary>
    public const string Subject = "Post-service call due within 3 days";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != AutomotiveFunnels.WorkshopServiceKey || notification.ToStage != AutomotiveFunnels.Collected)
            return Task.CompletedTask;

        var f = deal.Fields;
        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = $"{deal.Title} ({f.GetText("vehicle_reg")}, job card {f.GetText("workshop_job_card")}, invoiced {f.GetText("workshop_invoice_total")}): " +
                    "ask whether the car is running well and the work was explained, before the satisfaction survey goes out.",
        }, cancellationToken);
    }
}
