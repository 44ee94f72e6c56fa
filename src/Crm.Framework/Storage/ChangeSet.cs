using Crm.Framework.Auditing;

namespace Crm.Framework.Storage;

/// <summary>Everything one command writes: entity writes and their audit entries, committed together.</summary>
public sealed class ChangeSet
{
    private readonly List<EntityWrite> _writes = [];
    private readonly Dictionary<(string Kind, string Id), int> _positions = [];
    private readonly List<AuditEntry> _audit = [];

    /// <summary>Entity writes in the order made; a later write of the same entity replaces the earlier one.</summary>
    public IReadOnlyList<EntityWrite> Writes => _writes;

    /// <summary>Audit entries to append.</summary>
    public IReadOnlyList<AuditEntry> Audit => _audit;

    /// <summary>True when nothing is to be written.</summary>
    public bool IsEmpty => _writes.Count == 0 && _audit.Count == 0;

    /// <summary>
    /// Adds or replaces the write of one entity. A replacing write must build on the pending one: a write based
    /// on the same stored version would silently drop the earlier change, so it throws instead.
    /// </summary>
    /// <exception cref="InvalidOperationException">The entity was already written in this change set from the same stored version.</exception>
    public void Put(EntityWrite write)
    {
        // Looked up by key, not by scanning: bulk imports put tens of thousands of writes in one change set.
        if (!_positions.TryGetValue((write.Kind, write.Id), out var index))
        {
            _positions[(write.Kind, write.Id)] = _writes.Count;
            _writes.Add(write);
            return;
        }
        var first = _writes[index];
        if (write.ExpectedVersion <= first.ExpectedVersion)
            throw new InvalidOperationException(
                $"The {write.Kind} '{write.Id}' was written twice in one command from version {write.ExpectedVersion} ({first.Action ?? "?"}, then {write.Action ?? "?"}); "
                + "the second write did not see the first and would undo it. Commands sent from a command read committed data only: send them one after the other instead.");
        _writes[index] = write with { ExpectedVersion = first.ExpectedVersion, Before = first.Before, Action = first.Action };
    }

    /// <summary>Appends an audit entry.</summary>
    public void Append(AuditEntry entry) => _audit.Add(entry);
}

/// <summary>One entity to insert or replace.</summary>
/// <param name="Kind"><c>customer</c>, <c>interaction</c>, <c>deal</c>, <c>document</c> or a <see cref="RecordKind.Name"/>.</param>
/// <param name="Id">The entity id.</param>
/// <param name="Entity">The new state; its Version is <paramref name="ExpectedVersion"/> + 1.</param>
/// <param name="ExpectedVersion">The stored version the write is based on; 0 for an insert.</param>
/// <param name="Before">The state read before the change (null for an insert), for the audit diff.</param>
/// <param name="Action">The use case that made the write, for the audit trail.</param>
/// <param name="Record">For a record kept as JSON (ADR-007), its kind; null for customers, interactions, deals and documents.</param>
public sealed record EntityWrite(string Kind, string Id, object Entity, long ExpectedVersion, object? Before, string? Action = null, RecordKind? Record = null);
