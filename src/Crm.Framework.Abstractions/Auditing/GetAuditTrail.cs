namespace Crm.Framework.Auditing;

/// <summary>Reads the audit trail, newest first.</summary>
/// <param name="EntityId">Only entries about this record; null: all.</param>
/// <param name="Limit">At most this many. Default 200.</param>
public sealed record GetAuditTrail(string? EntityId = null, int Limit = 200) : ICrmQuery<IReadOnlyList<AuditEntry>>;
