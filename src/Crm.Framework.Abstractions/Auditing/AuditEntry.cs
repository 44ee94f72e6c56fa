namespace Crm.Framework.Auditing;

/// <summary>One append-only record of a change: who did what, when, and the values changed.</summary>
public sealed record AuditEntry
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }
    /// <summary>When.</summary>
    public DateTimeOffset At { get; init; }
    /// <summary>Who.</summary>
    public required string Actor { get; init; }
    /// <summary>The use case, e.g. <c>MoveDeal</c>.</summary>
    public required string Action { get; init; }
    /// <summary>The kind of record changed, e.g. <c>deal</c>.</summary>
    public required string EntityKind { get; init; }
    /// <summary>The record's id.</summary>
    public required string EntityId { get; init; }
    /// <summary>The values that changed; sensitive values are masked.</summary>
    public IReadOnlyList<AuditChange> Changes { get; init; } = [];
}

/// <summary>One changed value.</summary>
/// <param name="Property">The property or <c>fields.key</c>.</param>
/// <param name="Before">The value before, as text; null when it was not set.</param>
/// <param name="After">The value after, as text; null when it was cleared.</param>
public sealed record AuditChange(string Property, string? Before, string? After);
