using Crm.Framework.Storage;

namespace Crm.Framework.Leads;

/// <summary>The record kinds of captured requests and round-robin cursors (ADR-007).</summary>
public static class LeadRecords
{
    /// <summary>Id prefix of captured requests.</summary>
    public const string RequestPrefix = "LR";

    /// <summary>Captured requests, found by <c>request=&lt;channel&gt;:&lt;external id&gt;</c>, <c>fingerprint</c> and <c>customer</c>.</summary>
    public static RecordKind<LeadRequest> Requests { get; } = new("lead request", "lead_requests", r => r.Id, r => r.Version,
        r => [new RecordKey("request", RequestKey(r.Channel, r.ExternalId)), new RecordKey("fingerprint", r.Fingerprint), new RecordKey("customer", r.CustomerId)]);

    /// <summary>Round-robin cursors, one per team, with the team key as id.</summary>
    public static RecordKind<AssignmentCursor> Cursors { get; } = new("assignment cursor", "assignment_cursors", c => c.Id, c => c.Version, _ => []);

    /// <summary>The lookup value of a request with an external id; null without one.</summary>
    public static string? RequestKey(string channel, string? externalId) => externalId is null ? null : $"{channel}:{externalId}";
}
