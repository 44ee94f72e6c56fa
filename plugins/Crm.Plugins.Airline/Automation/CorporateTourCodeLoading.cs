using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Airline.Automation;

/// <summary>
/// When a corporate fare agreement is signed, puts a task note on the card (and the deal) to load the
/// tour code and the discount in the fare filing and to send it to the company's travel management
/// company, so the first tickets under the agreement are priced right.
/// </summary>
public sealed class CorporateTourCodeLoading(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note.</summary>
    public const string Subject = "Agreement signed — file the corporate fares and send the tour code to the TMC";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (deal.Funnel != AirlineFunnels.CorporateTravelContractKey || notification.ToStage != AirlineFunnels.ContractSigned) return Task.CompletedTask;

        var f = deal.Fields;
        var starts = f.GetDate("fare_agreement_start")?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var tmc = f.GetText("tmc_name") ?? "the company's travel agency";
        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = Subject,
            Notes = $"{deal.Title}: tour code {f.GetText("tour_code")}, {f.GetText("fare_discount_pct")}% off in {f.GetText("discounted_cabins")}. " +
                    $"File the fares before {starts} and send the tour code to {tmc}.",
        }, cancellationToken);
    }
}
