using Crm.Framework.Events;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Behaviors;

/// <summary>
/// Runs a command in one unit of work: its writes and audit entries are committed to the store in one
/// transaction, then its domain events are published. A command sent from inside another joins it.
/// Queries pass straight through.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(UnitOfWork work, ICrmStore store, DomainEventPublisher events)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICrmCommand<TResponse> || work.IsActive) return await next();

        work.Begin();
        TResponse response;
        IReadOnlyList<IDomainEvent> raised;
        try
        {
            response = await next();
            var (changes, domainEvents) = work.Complete();
            if (!changes.IsEmpty) store.Commit(changes);
            raised = domainEvents;
        }
        finally
        {
            work.Abandon();
        }
        await events.PublishAsync(raised, cancellationToken);
        return response;
    }
}
