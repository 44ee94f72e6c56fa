using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Automotive.Automation;

/// <summary>
/// When a vehicle sale reaches <c>ready_for_delivery</c> (the car is built and allocated to the order), puts a
/// note on the customer's card and the deal with the handover checklist, so the pre-delivery inspection, the
/// registration and the payment are done before the customer arrives for the keys.
/// </summary>
public sealed class HandoverPreparation(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note.</summary>
    public const string Subject = "Car built — PDI, register it and confirm the handover";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != AutomotiveFunnels.VehicleSaleKey || notification.ToStage != AutomotiveFunnels.ReadyForDelivery)
            return Task.CompletedTask;

        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = Checklist(deal),
        }, cancellationToken);
    }

    private static string Checklist(Deal deal)
    {
        var f = deal.Fields;
        var handover = f.GetDate("vehicle_delivery_date")?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "a date to agree";
        var payment = f.GetText("motor_finance_type") switch
        {
            "cash" or null => "take the balance in cleared funds",
            "contract_hire" => "check the lessor has accepted the delivery note",
            _ => "check the lender has paid out",
        };
        return $"{deal.Title}: VIN {f.GetText("vin")}, handover on {handover}. Pre-delivery inspection, register the car, " +
               $"{payment} and check the customer's insurance before the keys are released.";
    }
}
