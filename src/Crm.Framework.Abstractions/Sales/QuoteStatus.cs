namespace Crm.Framework.Sales;

/// <summary>Where a quote is: draft → sent → accepted | declined | expired. Only drafts can be edited.</summary>
public enum QuoteStatus
{
    /// <summary>Being written; lines can be added and removed.</summary>
    Draft,
    /// <summary>Sent to the customer; waiting for an answer until it is valid.</summary>
    Sent,
    /// <summary>Accepted by the customer; an order was placed.</summary>
    Accepted,
    /// <summary>Declined by the customer, or superseded by another quote of the deal that was accepted.</summary>
    Declined,
    /// <summary>Not answered before its valid-until date (shown, never stored: see <see cref="Quote.StatusOn"/>).</summary>
    Expired,
}
