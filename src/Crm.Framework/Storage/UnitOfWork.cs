namespace Crm.Framework.Storage;

/// <summary>
/// Collects what one command changes — entity writes, audit entries and domain events — so the
/// transaction behavior can commit it in one store transaction and publish the events afterwards.
/// One per DI scope; a command sent while another is running joins it.
/// </summary>
public sealed class UnitOfWork
{
    private ChangeSet _changes = new();
    private List<IDomainEvent> _events = [];
    private readonly Stack<string> _actions = new();

    /// <summary>True between <see cref="Begin"/> and <see cref="Complete"/> or <see cref="Abandon"/>.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The writes and audit entries collected so far.</summary>
    public ChangeSet Changes => _changes;

    /// <summary>Starts collecting.</summary>
    public void Begin()
    {
        _changes = new ChangeSet();
        _events = [];
        IsActive = true;
    }

    /// <summary>The use case running now (innermost first), recorded on each write for the audit trail.</summary>
    public string? CurrentAction => _actions.TryPeek(out var action) ? action : null;

    /// <summary>Marks <paramref name="action"/> as running until <see cref="PopAction"/>.</summary>
    public void PushAction(string action) => _actions.Push(action);

    /// <summary>Ends the innermost action.</summary>
    public void PopAction() => _actions.Pop();

    /// <summary>Records a new entity (version 1).</summary>
    public void Insert(string kind, string id, object entity) => Write(new EntityWrite(kind, id, entity, 0, null, CurrentAction));

    /// <summary>Records a change of an entity read at <paramref name="before"/>'s version.</summary>
    public void Update(string kind, string id, object before, object after, long expectedVersion) =>
        Write(new EntityWrite(kind, id, after, expectedVersion, before, CurrentAction));

    /// <summary>Records a new record of <paramref name="kind"/>; its version must be 1.</summary>
    public void Insert<T>(RecordKind<T> kind, T record) where T : class =>
        Write(new EntityWrite(kind.Name, kind.IdOf(record), record, 0, null, CurrentAction, kind));

    /// <summary>Records a change of a record of <paramref name="kind"/> read as <paramref name="before"/>; <paramref name="after"/>'s version must be one more.</summary>
    public void Update<T>(RecordKind<T> kind, T before, T after) where T : class =>
        Write(new EntityWrite(kind.Name, kind.IdOf(after), after, kind.VersionOf(before), before, CurrentAction, kind));

    /// <summary>Queues a domain event, published only if the commit succeeds.</summary>
    public void Raise(IDomainEvent domainEvent)
    {
        EnsureActive();
        _events.Add(domainEvent);
    }

    /// <summary>Ends collecting and hands over the changes and the events.</summary>
    public (ChangeSet Changes, IReadOnlyList<IDomainEvent> Events) Complete()
    {
        var result = (_changes, (IReadOnlyList<IDomainEvent>)_events);
        Abandon();
        return result;
    }

    /// <summary>Drops everything collected.</summary>
    public void Abandon()
    {
        _changes = new ChangeSet();
        _events = [];
        IsActive = false;
    }

    private void Write(EntityWrite write)
    {
        EnsureActive();
        _changes.Put(write);
    }

    private void EnsureActive()
    {
        if (!IsActive)
            throw new InvalidOperationException("Changes can only be made by a command (ICrmCommand) running through the mediator.");
    }
}
