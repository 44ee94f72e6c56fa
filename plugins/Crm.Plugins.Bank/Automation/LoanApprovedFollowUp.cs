using System.Globalization;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;

namespace Crm.Plugins.Bank.Automation;

/// <summary>
/// When a loan or a mortgage reaches <c>approved</c>, puts a note on the customer's card (and the deal)
/// telling the relationship manager to get the agreement signed, so an approved credit is not left waiting
/// until the offer expires.
/// </summary>
public sealed class LoanApprovedFollowUp(IMediator mediator) : INotificationHandler<DealStageChanged>
{
    /// <summary>Subject of the note for a loan.</summary>
    public const string LoanSubject = "Approved — call the customer to sign the loan agreement";

    /// <summary>Subject of the note for a mortgage, which is signed before a notary.</summary>
    public const string MortgageSubject = "Offer issued — book the mortgage signing with the notary";

    /// <inheritdoc />
    public Task Handle(DealStageChanged notification, CancellationToken cancellationToken)
    {
        var deal = notification.Deal;
        if (notification.ToStage != BankFunnels.Approved) return Task.CompletedTask;
        var subject = deal.Funnel switch
        {
            BankFunnels.LoanOriginationKey => LoanSubject,
            BankFunnels.MortgageKey => MortgageSubject,
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
            Notes = Terms(deal),
        }, cancellationToken);
    }

    private static string Terms(Deal deal)
    {
        var f = deal.Fields;
        var amount = $"{deal.Amount.Amount.ToString("N2", CultureInfo.InvariantCulture)} {deal.Amount.Currency}";
        return $"{deal.Title}: {amount} at {f.GetText("interest_rate")}% a year for {f.GetText("term_months")} months, " +
               $"credit decision {f.GetText("credit_decision_ref")}. The offer is valid for 30 days.";
    }
}
