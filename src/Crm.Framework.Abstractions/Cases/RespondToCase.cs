namespace Crm.Framework.Cases;

/// <summary>
/// Replies to the customer about a case: the first reply meets the first-response target, a new case becomes open,
/// and the reply is logged as an outbound interaction on the customer's card. Returns the case.
/// </summary>
public sealed record RespondToCase : ICrmCommand<ServiceCase>
{
    /// <summary>The case.</summary>
    public required string CaseId { get; init; }
    /// <summary>What was said.</summary>
    public required string Message { get; init; }
    /// <summary>The channel key of the reply; default the case's channel, else <c>email</c>.</summary>
    public string? Channel { get; init; }
    /// <summary>When the reply was sent, for imports and demo data; default now; not before the case opened nor in the future.</summary>
    public DateTimeOffset? At { get; init; }
}
