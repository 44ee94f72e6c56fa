using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Plugins;

/// <summary>
/// Everything one plugin declared in <see cref="ICrmPlugin.Configure"/>, collected apart so that a
/// plugin that fails or conflicts can be dropped whole, without leaving half its declarations behind.
/// </summary>
public sealed class PluginContribution(string pluginId) : ICrmPluginBuilder
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<FunnelDefinition> _funnels = [];
    private readonly List<DocumentTemplateDefinition> _templates = [];
    private readonly List<ChannelDefinition> _channels = [];
    private readonly List<DemoData> _demoData = [];
    private readonly List<Declaration> _declarations = [];

    /// <inheritdoc />
    public string PluginId { get; } = pluginId;

    /// <inheritdoc />
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>Declared fields.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;
    /// <summary>Declared funnels.</summary>
    public IReadOnlyList<FunnelDefinition> Funnels => _funnels;
    /// <summary>Declared templates.</summary>
    public IReadOnlyList<DocumentTemplateDefinition> Templates => _templates;
    /// <summary>Declared channels.</summary>
    public IReadOnlyList<ChannelDefinition> Channels => _channels;
    /// <summary>Keyed declarations of the kernel's feature areas (products, call scripts, SLA policies, ...), in order.</summary>
    public IReadOnlyList<Declaration> Declarations => _declarations;
    /// <summary>Supplied demo data.</summary>
    public IReadOnlyList<DemoData> DemoData => _demoData;

    /// <inheritdoc />
    public ICrmPluginBuilder AddField(FieldDefinition field) => Add(_fields, field);
    /// <inheritdoc />
    public ICrmPluginBuilder AddFunnel(FunnelDefinition funnel) => Add(_funnels, funnel);
    /// <inheritdoc />
    public ICrmPluginBuilder AddTemplate(DocumentTemplateDefinition template) => Add(_templates, template);
    /// <inheritdoc />
    public ICrmPluginBuilder AddChannel(ChannelDefinition channel) => Add(_channels, channel);
    /// <inheritdoc />
    public ICrmPluginBuilder AddDemoData(DemoData data) => Add(_demoData, data);

    /// <inheritdoc />
    public ICrmPluginBuilder Declare<T>(string kind, string key, T item) where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Add(_declarations, new Declaration(kind, key, item));
    }

    /// <inheritdoc />
    public ICrmPluginBuilder OnEvent<TEvent, THandler>()
        where TEvent : IDomainEvent
        where THandler : class, INotificationHandler<TEvent>
    {
        Services.AddTransient<INotificationHandler<TEvent>, THandler>();
        return this;
    }

    private PluginContribution Add<T>(List<T> list, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        list.Add(item);
        return this;
    }
}

/// <summary>One keyed declaration of a feature area.</summary>
/// <param name="Kind">What it is, e.g. <c>call script</c>.</param>
/// <param name="Key">Its key, unique per kind.</param>
/// <param name="Item">The declared object.</param>
public sealed record Declaration(string Kind, string Key, object Item);
