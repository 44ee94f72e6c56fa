using Crm.Framework.Storage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests;

/// <summary>An automation handler for tests: calls back with each event and the store as the handler sees it.</summary>
public sealed class EventProbe<TEvent>(Action<TEvent, ICrmStore> onEvent, ICrmStore store) : INotificationHandler<TEvent>
    where TEvent : IDomainEvent
{
    public Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        onEvent(notification, store);
        return Task.CompletedTask;
    }
}

public static class EventProbeServiceCollectionExtensions
{
    /// <summary>Subscribes <paramref name="onEvent"/> to <typeparamref name="TEvent"/>, like a plugin's automation.</summary>
    public static IServiceCollection AddEventProbe<TEvent>(this IServiceCollection services, Action<TEvent, ICrmStore> onEvent)
        where TEvent : IDomainEvent =>
        services.AddTransient<INotificationHandler<TEvent>>(p => new EventProbe<TEvent>(onEvent, p.GetRequiredService<ICrmStore>()));

    /// <summary>Collects every <typeparamref name="TEvent"/> into <paramref name="events"/>.</summary>
    public static IServiceCollection AddEventProbe<TEvent>(this IServiceCollection services, List<TEvent> events)
        where TEvent : IDomainEvent =>
        services.AddEventProbe<TEvent>((e, _) => events.Add(e));
}
