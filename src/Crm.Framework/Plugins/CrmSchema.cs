using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;

namespace Crm.Framework.Plugins;

/// <summary>
/// The model the CRM runs with: every field, funnel, template and channel declared by the kernel,
/// the application and the loaded plugins, each remembered with the plugin that declared it.
/// Built once at start; read-only afterwards.
/// </summary>
public sealed class CrmSchema
{
    private readonly Dictionary<(FieldTarget, string), Declared<FieldDefinition>> _fields = [];
    private readonly Dictionary<string, Declared<FunnelDefinition>> _funnels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Declared<DocumentTemplateDefinition>> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Declared<ChannelDefinition>> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Key), Declared<object>> _declared = [];
    private readonly List<(string Kind, object Item)> _declaredInOrder = [];
    private readonly List<(string PluginId, DemoData Data)> _demoData = [];

    /// <summary>The id used for declarations of the kernel itself.</summary>
    public const string KernelId = "kernel";

    /// <summary>A schema holding only the kernel's channels.</summary>
    public CrmSchema()
    {
        foreach (var channel in Interactions.Channels.All) _channels[channel.Key] = new(channel, KernelId);
    }

    /// <summary>All fields.</summary>
    public IEnumerable<FieldDefinition> Fields => _fields.Values.Select(d => d.Item);
    /// <summary>All funnels.</summary>
    public IEnumerable<FunnelDefinition> Funnels => _funnels.Values.Select(d => d.Item);
    /// <summary>All templates.</summary>
    public IEnumerable<DocumentTemplateDefinition> Templates => _templates.Values.Select(d => d.Item);
    /// <summary>All channels.</summary>
    public IEnumerable<ChannelDefinition> Channels => _channels.Values.Select(d => d.Item);
    /// <summary>Demo data by plugin id.</summary>
    public IReadOnlyList<(string PluginId, DemoData Data)> DemoData => _demoData;

    /// <summary>The fields of one target.</summary>
    public IEnumerable<FieldDefinition> FieldsOf(FieldTarget target) => Fields.Where(f => f.Target == target);

    /// <summary>The field <paramref name="key"/> of <paramref name="target"/>, or null.</summary>
    public FieldDefinition? FindField(FieldTarget target, string key) =>
        _fields.TryGetValue((target, key), out var d) ? d.Item : null;

    /// <summary>The funnel <paramref name="key"/>, or null.</summary>
    public FunnelDefinition? FindFunnel(string key) => _funnels.TryGetValue(key, out var d) ? d.Item : null;

    /// <summary>The template <paramref name="key"/>, or null.</summary>
    public DocumentTemplateDefinition? FindTemplate(string key) => _templates.TryGetValue(key, out var d) ? d.Item : null;

    /// <summary>The channel <paramref name="key"/>, or null.</summary>
    public ChannelDefinition? FindChannel(string key) => _channels.TryGetValue(key, out var d) ? d.Item : null;

    /// <summary>The funnel <paramref name="key"/>, or a <see cref="NotFoundException"/> listing the funnels there are.</summary>
    public FunnelDefinition RequireFunnel(string key) => FindFunnel(key)
        ?? throw new NotFoundException("funnel", key, $"known funnels: {KnownOrNone(_funnels.Keys)}");

    /// <summary>The template <paramref name="key"/>, or a <see cref="NotFoundException"/> listing the templates there are.</summary>
    public DocumentTemplateDefinition RequireTemplate(string key) => FindTemplate(key)
        ?? throw new NotFoundException("document template", key, $"known templates: {KnownOrNone(_templates.Keys)}");

    /// <summary>The declaration of <paramref name="kind"/> with <paramref name="key"/> (see <see cref="ICrmPluginBuilder.Declare"/>), or null.</summary>
    public T? Find<T>(string kind, string key) where T : class =>
        _declared.TryGetValue((kind, key), out var d) ? d.Item as T : null;

    /// <summary>The declaration of <paramref name="kind"/> with <paramref name="key"/>, or a <see cref="NotFoundException"/> listing those there are.</summary>
    public T Require<T>(string kind, string key) where T : class => Find<T>(kind, key)
        ?? throw new NotFoundException(kind, key, $"known: {KnownOrNone(_declared.Keys.Where(k => k.Kind == kind).Select(k => k.Key))}");

    /// <summary>Every declaration of <paramref name="kind"/>, in the order declared (kernel, application, plugins).</summary>
    public IEnumerable<T> All<T>(string kind) where T : class =>
        _declaredInOrder.Where(d => d.Kind == kind).Select(d => d.Item).OfType<T>();

    /// <summary>The plugin that declared a funnel, template, channel or field key (for messages and docs).</summary>
    public string? DeclaredBy(string kind, string key) => kind switch
    {
        "funnel" => _funnels.GetValueOrDefault(key)?.PluginId,
        "template" => _templates.GetValueOrDefault(key)?.PluginId,
        "channel" => _channels.GetValueOrDefault(key)?.PluginId,
        _ when _declared.TryGetValue((kind, key), out var declared) => declared.PluginId,
        _ => _fields.Values.FirstOrDefault(f => f.Item.Key == key)?.PluginId,
    };

    /// <summary>
    /// Adds a plugin's declarations if none of its keys is taken (by the kernel, another plugin or
    /// itself); otherwise adds nothing and returns the conflicts, each naming both sides.
    /// </summary>
    public IReadOnlyList<string> TryInclude(PluginContribution contribution)
    {
        var id = contribution.PluginId;
        var conflicts = new List<string>();
        Check(contribution.Fields.Select(f => ((f.Target, f.Key), $"{f.Target.ToString().ToLowerInvariant()} field '{f.Key}'")), _fields);
        Check(contribution.Funnels.Select(f => (f.Key, $"funnel '{f.Key}'")), _funnels);
        Check(contribution.Templates.Select(t => (t.Key, $"template '{t.Key}'")), _templates);
        Check(contribution.Channels.Select(c => (c.Key, $"channel '{c.Key}'")), _channels);
        Check(contribution.Declarations.Select(d => ((d.Kind, d.Key), $"{d.Kind} '{d.Key}'")), _declared);
        if (conflicts.Count > 0) return conflicts;

        foreach (var f in contribution.Fields) _fields[(f.Target, f.Key)] = new(f, id);
        foreach (var f in contribution.Funnels) _funnels[f.Key] = new(f, id);
        foreach (var t in contribution.Templates) _templates[t.Key] = new(t, id);
        foreach (var c in contribution.Channels) _channels[c.Key] = new(c, id);
        foreach (var d in contribution.Declarations)
        {
            _declared[(d.Kind, d.Key)] = new(d.Item, id);
            _declaredInOrder.Add((d.Kind, d.Item));
        }
        foreach (var d in contribution.DemoData) _demoData.Add((id, d));
        return conflicts;

        void Check<TKey, T>(IEnumerable<(TKey Key, string Label)> declared, Dictionary<TKey, Declared<T>> existing) where TKey : notnull
        {
            var seen = new HashSet<TKey>();
            foreach (var (key, label) in declared)
            {
                if (!seen.Add(key)) conflicts.Add($"{label} is declared twice by '{id}'");
                else if (existing.TryGetValue(key, out var other)) conflicts.Add($"{label} is already declared by '{other.PluginId}'");
            }
        }
    }

    private static string KnownOrNone(IEnumerable<string> keys)
    {
        var list = keys.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none (is the industry plugin enabled?)" : string.Join(", ", list);
    }

    private sealed record Declared<T>(T Item, string PluginId);
}
