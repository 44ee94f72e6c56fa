using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Framework.Events;

/// <summary>
/// Publishes domain events after commit to every <see cref="INotificationHandler{TNotification}"/>
/// (kernel and plugin automation). A handler that throws is logged with its name and the event, and
/// the others still run: the change it reacts to has already been saved.
/// </summary>
public sealed class DomainEventPublisher(IServiceProvider services, ILogger<DomainEventPublisher> logger)
{
    private static readonly ConcurrentDictionary<Type, MethodInfo> Publishers = new();
    private static readonly MethodInfo PublishOneMethod =
        typeof(DomainEventPublisher).GetMethod(nameof(PublishOneAsync), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>Publishes the events in order.</summary>
    public async Task PublishAsync(IEnumerable<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            var method = Publishers.GetOrAdd(domainEvent.GetType(), t => PublishOneMethod.MakeGenericMethod(t));
            await (Task)method.Invoke(this, [domainEvent, cancellationToken])!;
        }
    }

    private async Task PublishOneAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken) where TEvent : INotification
    {
        // Resolving runs the handlers' constructors; one that throws (a missing service) must not fail the
        // command either, because its change is already saved. The event's other handlers cannot be told apart here.
        List<INotificationHandler<TEvent>> handlers;
        try
        {
            handlers = services.GetServices<INotificationHandler<TEvent>>().ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Automation for {Event} could not be created: {Message}", typeof(TEvent).Name, e.Message);
            return;
        }
        foreach (var handler in handlers)
        {
            try
            {
                await handler.Handle(domainEvent, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Automation {Handler} failed on {Event}: {Message}", handler.GetType().FullName, typeof(TEvent).Name, e.Message);
            }
        }
    }
}
