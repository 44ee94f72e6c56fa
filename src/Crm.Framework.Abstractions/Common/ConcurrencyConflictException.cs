namespace Crm.Framework;

/// <summary>Someone else changed the record since it was read; the stale write was refused and nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException(string kind, string id, long expectedVersion, long? actualVersion)
    : CrmException(actualVersion is null
        ? $"The {kind} '{id}' was deleted or never saved (expected version {expectedVersion}); reload it and try again."
        : $"The {kind} '{id}' was changed by someone else (it is at version {actualVersion}, the change was based on version {expectedVersion}); reload it and try again.")
{
    /// <summary>The kind of record, e.g. <c>customer</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The record's id.</summary>
    public string Id { get; } = id;

    /// <inheritdoc />
    public override string Code => "conflict";
}
