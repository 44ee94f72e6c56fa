namespace Crm.Framework.Leads;

/// <summary>A captured inbound request, kept so a repeat is recognised and a lead's origin stays known.</summary>
public sealed record LeadRequest
{
    /// <summary>The id, e.g. <c>LR-7KQ2M9XH4T</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The channel key.</summary>
    public required string Channel { get; init; }
    /// <summary>The sender's id of the request, if any.</summary>
    public string? ExternalId { get; init; }
    /// <summary>A hash of the normalised contact and message, for recognising repeats without an external id.</summary>
    public required string Fingerprint { get; init; }
    /// <summary>Matched or created.</summary>
    public LeadOutcome Outcome { get; init; }
    /// <summary>The customer it is on.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The inbound interaction logged for it.</summary>
    public required string InteractionId { get; init; }
    /// <summary>The customer's owner after capture.</summary>
    public string? Owner { get; init; }
    /// <summary>The assignment rule that chose the owner, if any.</summary>
    public string? Rule { get; init; }
    /// <summary>The name given.</summary>
    public string? Name { get; init; }
    /// <summary>The company given.</summary>
    public string? Company { get; init; }
    /// <summary>The email, lower-case.</summary>
    public string? Email { get; init; }
    /// <summary>The phone, E.164.</summary>
    public string? Phone { get; init; }
    /// <summary>The messenger handle.</summary>
    public string? Messenger { get; init; }
    /// <summary>The subject.</summary>
    public required string Subject { get; init; }
    /// <summary>The source, lower-case.</summary>
    public string? Source { get; init; }
    /// <summary>The campaign.</summary>
    public string? Campaign { get; init; }
    /// <summary>When it arrived.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>When it was captured.</summary>
    public DateTimeOffset CapturedAt { get; init; }
    /// <summary>The user who captured it.</summary>
    public string? CapturedBy { get; init; }
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}
