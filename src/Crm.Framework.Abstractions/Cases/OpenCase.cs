namespace Crm.Framework.Cases;

/// <summary>Opens a service case for a customer; its deadlines come from the SLA policy that applies. Returns the case.</summary>
public sealed record OpenCase : ICrmCommand<ServiceCase>
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>A one-line subject.</summary>
    public required string Subject { get; init; }
    /// <summary>Complaint, request (default), incident or warranty claim.</summary>
    public CaseType Type { get; init; } = CaseType.Request;
    /// <summary>Priority; default normal.</summary>
    public CasePriority Priority { get; init; } = CasePriority.Normal;
    /// <summary>What the customer reported.</summary>
    public string? Description { get; init; }
    /// <summary>The channel key it came in on, e.g. <c>phone</c>.</summary>
    public string? Channel { get; init; }
    /// <summary>The owner; default: a member of <see cref="Team"/> with the fewest active cases, else the current user.</summary>
    public string? Owner { get; init; }
    /// <summary>A declared team key.</summary>
    public string? Team { get; init; }
    /// <summary>A deal of the same customer.</summary>
    public string? DealId { get; init; }
    /// <summary>An order id.</summary>
    public string? OrderId { get; init; }
    /// <summary>When the customer raised it, for imports and demo data; default now, never in the future.</summary>
    public DateTimeOffset? OpenedAt { get; init; }
}
