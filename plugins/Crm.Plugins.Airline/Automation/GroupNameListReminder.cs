using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Airline.Automation;

/// <summary>
/// When a group pays its deposit, puts a task note on the card (and the deal) for the group desk: chase
/// the name list before its deadline, because seats without names are released and cannot be ticketed.
/// </summary>
public sealed class GroupNameListReminder(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note.</summary>
    public const string Subject = "Deposit received — chase the group's name list";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != AirlineFunnels.GroupBookingKey || notification.ToStage != AirlineFunnels.DepositPaid) return Task.CompletedTask;

        var f = deal.Fields;
        var deadline = f.GetDate("group_names_deadline")?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "the agreed date";
        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = $"{deal.Title}: PNR {f.GetText("pnr")}, {f.GetText("group_pax")} passengers, deposit {f.GetText("group_deposit_amount")}. " +
                    $"Names as in the passports are due by {deadline}; remind the organiser a week before.",
        }, cancellationToken);
    }
}
