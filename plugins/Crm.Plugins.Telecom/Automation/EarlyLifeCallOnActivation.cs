using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Telecom.Automation;

/// <summary>
/// When a new line goes live (<c>sim_activated</c> or <c>number_ported</c>), a fibre line is installed or a business
/// fleet goes live, puts a task note on the card and the deal for the early-life call: operators call new subscribers
/// after the first bill, because most early churn comes from bill shock and coverage problems in the first 90 days.
/// </summary>
public sealed class EarlyLifeCallOnActivation(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note for a mobile line.</summary>
    public const string MobileSubject = "Early-life call due: check the first bill and the coverage";

    /// <summary>Subject of the note for a broadband line.</summary>
    public const string BroadbandSubject = "Early-life call due: check the speed and the Wi-Fi coverage";

    /// <summary>Subject of the note for a business fleet.</summary>
    public const string FleetSubject = "Fleet live: book the 30-day service review with the company";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        var subject = (deal.Funnel, notification.ToStage) switch
        {
            (TelecomFunnels.NewConnectionKey, TelecomFunnels.SimActivated or TelecomFunnels.NumberPorted) => MobileSubject,
            (TelecomFunnels.BroadbandInstallationKey, TelecomFunnels.Installed) => BroadbandSubject,
            (TelecomFunnels.BusinessFleetKey, TelecomFunnels.FleetLive) => FleetSubject,
            _ => null,
        };
        if (subject is null) return Task.CompletedTask;

        return mediator.Send(new LogInteraction
        {
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Channel = Channels.Note.Key,
            Direction = InteractionDirection.Internal,
            Subject = subject,
            Notes = Summary(deal, notification.OccurredAt),
        }, cancellationToken);
    }

    private static string Summary(Deal deal, DateTimeOffset liveAt)
    {
        var f = deal.Fields;
        var callBy = DateOnly.FromDateTime(liveAt.UtcDateTime).AddDays(35).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var plan = f.GetText("tariff_plan") ?? "no plan recorded";
        var charge = f.GetMoney("monthly_recurring_charge") is { } mrc
            ? $"{mrc.Amount.ToString("N2", CultureInfo.InvariantCulture)} {mrc.Currency} a month"
            : "no monthly charge recorded";
        var term = f.GetNumber("contract_term_months") is { } months ? $"{months.ToString(CultureInfo.InvariantCulture)} months" : "no minimum term";
        var lines = f.GetNumber("mobile_fleet_lines") is { } n ? $", {n.ToString(CultureInfo.InvariantCulture)} lines" : "";
        return $"{deal.Title}: {plan}{lines}, {charge}, {term}. Call by {callBy}, after the first bill.";
    }
}
