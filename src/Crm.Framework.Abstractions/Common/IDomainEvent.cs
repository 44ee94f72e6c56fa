using MediatR;

namespace Crm.Framework;

/// <summary>
/// Something that happened, published after the transaction that caused it committed.
/// Handle one with <c>INotificationHandler&lt;TEvent&gt;</c>; a failing handler is logged and does not undo the change.
/// </summary>
public interface IDomainEvent : INotification
{
    /// <summary>When it happened, from the CRM's <see cref="TimeProvider"/>.</summary>
    DateTimeOffset OccurredAt { get; }
}
