using System.Reflection;
using Crm.Framework.Fields;

namespace Crm.Framework.Documents;

/// <summary>
/// A Scriban document template a plugin or app ships. It is rendered from the customer card:
/// <c>customer</c> (with <c>customer.fields</c>), <c>deal</c> (when rendered for one), <c>deals</c>,
/// <c>interactions</c>, <c>today</c> and <c>document</c>. See docs/templates.md.
/// </summary>
public sealed record DocumentTemplateDefinition
{
    /// <summary>Declares a template from its Scriban source.</summary>
    public DocumentTemplateDefinition(string key, string name, string source)
    {
        if (!FieldDefinition.IsValidKey(key))
            throw new ArgumentException($"Template key '{key}' must be snake_case.", nameof(key));
        Key = key;
        Name = name;
        Source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>The key, e.g. <c>loan_offer_letter</c>.</summary>
    public string Key { get; }

    /// <summary>The name people read, also the title of rendered documents.</summary>
    public string Name { get; }

    /// <summary>The Scriban source.</summary>
    public string Source { get; }

    /// <summary>The media type of the output. Default: <c>text/markdown</c>.</summary>
    public string MediaType { get; init; } = "text/markdown";

    /// <summary>True when the template needs a deal (e.g. an offer letter). Default: false.</summary>
    public bool RequiresDeal { get; init; }

    /// <summary>True when the template prints a quote (<c>quote.lines</c>, <c>quote.total</c>), e.g. a commercial proposal. Default: false.</summary>
    public bool RequiresQuote { get; init; }

    /// <summary>
    /// The funnels whose deals the template is written for (an e-ticket for flight bookings, an offer letter
    /// for loans). Rendering it for a deal of another funnel is refused. Default: empty, any deal.
    /// </summary>
    public IReadOnlyList<string> Funnels { get; init; } = [];

    /// <summary>A sentence for people and docs.</summary>
    public string? Description { get; init; }

    /// <summary>True when the template may be rendered for a deal of <paramref name="funnel"/>.</summary>
    public bool IsFor(string funnel) => Funnels.Count == 0 || Funnels.Contains(funnel, StringComparer.Ordinal);

    /// <summary>Where the source came from, for error messages (a resource name or file path).</summary>
    public string? Origin { get; init; }

    /// <summary>
    /// Declares a template from a resource embedded in <paramref name="assembly"/>: the first resource
    /// whose name ends with <paramref name="resourceSuffix"/> (e.g. <c>loan_offer_letter.scriban</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">No such resource; the message lists the ones there are.</exception>
    public static DocumentTemplateDefinition FromResource(Assembly assembly, string resourceSuffix, string key, string name)
    {
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                $"Assembly '{assembly.GetName().Name}' has no embedded resource ending with '{resourceSuffix}'; it has: {string.Join(", ", assembly.GetManifestResourceNames())}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new DocumentTemplateDefinition(key, name, reader.ReadToEnd()) { Origin = resource };
    }
}
