using System.Globalization;
using Crm.Framework;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Pharmacy.Automation;

/// <summary>
/// When a maintenance medication (28 days supply or more) is dispensed or refilled, opens the next
/// refill at <c>refill_due</c> in the refill funnel, due the day the supply runs out, so the refill
/// queue and the reminders never depend on someone remembering. When the prescription has no refills
/// left, it also puts a note on the card to ask the prescriber for a renewal in time.
/// </summary>
public sealed class QueueNextRefill(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Days supply from which a medication counts as maintenance (taken every day for months).</summary>
    public const decimal MaintenanceDays = 28;

    /// <summary>Subject of the note when the last refill has been used.</summary>
    public const string RenewalSubject = "No refills left — request a renewal from the prescriber";

    /// <summary>The prescription's fields carried over to the next refill; fill-specific ones (claim, copay, DUR, fill date) are not.</summary>
    private static readonly string[] Carried =
    [
        "rx_number", "rx_drug_name", "rx_strength", "rx_dosage_form", "rx_ndc_code", "rx_atc_code", "rx_sig", "rx_indication",
        "rx_quantity", "rx_days_supply", "rx_refills_remaining", "rx_prescriber", "rx_prescriber_npi", "rx_controlled_schedule",
        "rx_written_date", "rx_origin",
    ];

    /// <inheritdoc />
    public async Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        var filled = (deal.Funnel, notification.ToStage) is (PharmacyFunnels.FulfilmentKey, PharmacyFunnels.Dispensed)
            or (PharmacyFunnels.RefillKey, PharmacyFunnels.Refilled);
        if (!filled) return;
        var f = deal.Fields;
        if (f.GetNumber("rx_days_supply") is not { } days || days < MaintenanceDays) return;
        if (f.GetText("rx_controlled_schedule") == "c2") return; // A Schedule II prescription cannot be refilled.

        var fillDate = f.GetDate("rx_fill_date") ?? DateOnly.FromDateTime(notification.OccurredAt.UtcDateTime);
        var due = fillDate.AddDays((int)days);
        var fields = Carried.Where(f.ContainsKey).ToDictionary(k => k, k => (object?)f[k]);
        fields["rx_next_refill_due"] = due;

        var refill = await mediator.Send(new OpenDeal
        {
            CustomerId = deal.CustomerId,
            Funnel = PharmacyFunnels.RefillKey,
            Title = $"Refill — {f.GetText("rx_drug_name")} {f.GetText("rx_strength")}",
            Amount = deal.Amount,
            Owner = deal.Owner,
            ExpectedClose = due,
            Fields = fields,
        }, cancellationToken);

        if (f.GetNumber("rx_refills_remaining") is 0m)
        {
            await mediator.Send(new LogInteraction
            {
                CustomerId = deal.CustomerId,
                DealId = refill.Id,
                Channel = Channels.Note.Key,
                Direction = InteractionDirection.Internal,
                Subject = RenewalSubject,
                Notes = $"Rx {f.GetText("rx_number")}, {f.GetText("rx_drug_name")} {f.GetText("rx_strength")}: the fill of {Iso(fillDate)} used the last refill " +
                        $"and the supply runs out on {Iso(due)}. Send a renewal request to {f.GetText("rx_prescriber")} a week before.",
            }, cancellationToken);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
