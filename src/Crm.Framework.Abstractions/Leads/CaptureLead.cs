namespace Crm.Framework.Leads;

/// <summary>
/// Registers an inbound request from any channel — a web form, a call, an email, a message, a walk-in.
/// A request from a known customer (same email, else same phone) is logged on their card; anyone else
/// becomes a new customer in the lead stage, routed to an owner by the assignment rules. The same request
/// arriving again (same channel and <see cref="ExternalId"/>; without one, the same contact and message
/// within <see cref="DuplicateWindow"/>) changes nothing and returns the first outcome.
/// </summary>
public sealed record CaptureLead : ICrmCommand<LeadCapture>
{
    /// <summary>How long the same request without an external id counts as a repeat: 10 minutes.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    /// <summary>A declared channel key, e.g. <c>web_form</c>, <c>phone</c>, <c>email</c>, <c>messenger</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The person's name, as given.</summary>
    public string? Name { get; init; }

    /// <summary>The company they write for; a request with a company and no name becomes an organisation.</summary>
    public string? Company { get; init; }

    /// <summary>An email, any case.</summary>
    public string? Email { get; init; }

    /// <summary>A phone number; without <c>+</c> it is read in the default region.</summary>
    public string? Phone { get; init; }

    /// <summary>A messenger handle, e.g. <c>@ada</c> or a WhatsApp number.</summary>
    public string? Messenger { get; init; }

    /// <summary>A one-line subject; default: the start of the message, or "Request via &lt;channel&gt;".</summary>
    public string? Subject { get; init; }

    /// <summary>What they wrote or said.</summary>
    public string? Message { get; init; }

    /// <summary>Where they came from, e.g. <c>google_ads</c>; a new lead is tagged with it.</summary>
    public string? Source { get; init; }

    /// <summary>The marketing campaign, if known.</summary>
    public string? Campaign { get; init; }

    /// <summary>The sender's id of the request (form submission id, message id), for recognising repeats.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Customer field values for a new lead, by key: text or typed values.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <summary>When the request arrived; default: now.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
}
