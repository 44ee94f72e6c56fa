using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Plugins;

/// <summary>
/// What a plugin (or the application) declares. Keys must be unique across all plugins: a key another
/// plugin already declared makes the later plugin fail to load, with both names in the message.
/// Every method returns the builder, so declarations read like a table.
/// </summary>
public interface ICrmPluginBuilder
{
    /// <summary>The id of the plugin being configured (<c>app</c> for the application itself).</summary>
    string PluginId { get; }

    /// <summary>Services the plugin's handlers need. Added only if the plugin loads.</summary>
    IServiceCollection Services { get; }

    /// <summary>Declares a custom field.</summary>
    ICrmPluginBuilder AddField(FieldDefinition field);

    /// <summary>Declares a funnel.</summary>
    ICrmPluginBuilder AddFunnel(FunnelDefinition funnel);

    /// <summary>Declares a document template.</summary>
    ICrmPluginBuilder AddTemplate(DocumentTemplateDefinition template);

    /// <summary>Declares an interaction channel.</summary>
    ICrmPluginBuilder AddChannel(ChannelDefinition channel);

    /// <summary>Subscribes an automation handler to a domain event; it runs after the change committed.</summary>
    ICrmPluginBuilder OnEvent<TEvent, THandler>()
        where TEvent : IDomainEvent
        where THandler : class, INotificationHandler<TEvent>;

    /// <summary>
    /// Declares a keyed item of one of the kernel's feature areas — a product, a call script, an SLA policy,
    /// an assignment rule. Feature areas offer typed methods (<c>AddProduct</c>, <c>AddCallScript</c>, ...)
    /// that call this; keys must be unique per <paramref name="kind"/> across all plugins.
    /// </summary>
    /// <param name="kind">What is declared, as people say it, e.g. <c>call script</c>.</param>
    /// <param name="key">The snake_case key.</param>
    /// <param name="item">The declaration.</param>
    ICrmPluginBuilder Declare<T>(string kind, string key, T item) where T : class;

    /// <summary>Supplies demo data for <c>crm demo &lt;industry&gt;</c>; it must pass the plugin's own validation.</summary>
    ICrmPluginBuilder AddDemoData(DemoData data);
}
