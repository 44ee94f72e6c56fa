namespace Crm.Framework.Leads;

/// <summary>What became of a captured request.</summary>
/// <param name="Outcome">Matched, created or duplicate.</param>
/// <param name="RequestId">The captured request (for a duplicate: the first one).</param>
/// <param name="CustomerId">The customer the request is on.</param>
/// <param name="CustomerName">Their name.</param>
/// <param name="InteractionId">The inbound interaction logged for it.</param>
/// <param name="Owner">The customer's owner: kept for a match, assigned for a new lead.</param>
/// <param name="Rule">The assignment rule that chose the owner of a new lead; null when none applied.</param>
public sealed record LeadCapture(LeadOutcome Outcome, string RequestId, string CustomerId, string CustomerName, string InteractionId, string? Owner, string? Rule);

/// <summary>What a captured request led to.</summary>
public enum LeadOutcome
{
    /// <summary>It came from a known customer and was logged on their card.</summary>
    Matched,
    /// <summary>A new customer was created in the lead stage.</summary>
    Created,
    /// <summary>It had arrived before; nothing was written.</summary>
    Duplicate,
}
