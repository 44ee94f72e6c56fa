using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Crm.Framework.Documents;

/// <summary>
/// Renders Scriban templates in a sandbox: each template is parsed once and cached; each render gets a
/// new <see cref="TemplateContext"/> with no template loader (no <c>include</c>), loop, recursion and
/// output limits and a timeout. Errors name the template, line and column.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);

    /// <summary>Most loop iterations per render. Default 10 000.</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>Deepest function recursion. Default 50.</summary>
    public int RecursiveLimit { get; init; } = 50;

    /// <summary>Most characters of output. Default 1 000 000.</summary>
    public int OutputLimit { get; init; } = 1_000_000;

    /// <summary>Longest a render may take. Default 2 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Parses the template (once) and reports the first syntax error as a <see cref="TemplateException"/>.</summary>
    public Template Parse(DocumentTemplateDefinition definition)
    {
        var template = _parsed.GetOrAdd(definition.Key, _ => new Lazy<Template>(() => Template.Parse(definition.Source, definition.Origin ?? definition.Key))).Value;
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateException(definition.Key, error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message);
        }
        return template;
    }

    /// <summary>Renders <paramref name="definition"/> against the read-only <paramref name="model"/>.</summary>
    /// <param name="definition">The template.</param>
    /// <param name="model">The read-only model (<see cref="DocumentModel.Build"/>).</param>
    /// <param name="now">The CRM clock's time; Scriban's <c>date.now</c> returns it instead of the machine clock. Null: the machine clock.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    public string Render(DocumentTemplateDefinition definition, ScriptObject model, DateTimeOffset? now = null, CancellationToken cancellationToken = default)
    {
        var template = Parse(definition);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var context = new TemplateContext
        {
            TemplateLoader = null,
            LoopLimit = LoopLimit,
            LoopLimitQueryable = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            LimitToString = OutputLimit,
            // Scriban truncates at the limits by default; a cut-off document must fail, not be kept as if complete.
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 20,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            StrictVariables = true,
            EnableRelaxedMemberAccess = true,
            CancellationToken = timeout.Token,
            NewLine = "\n",
        };
        if (now is { } at && context.BuiltinObject["date"] is ScriptObject date)
        {
            // Each context gets its own built-ins, so this changes date.now for this render only.
            date.Remove("now");
            date.Import("now", new Func<DateTime>(() => at.UtcDateTime));
        }
        context.PushGlobal(model);
        // The template's own variables and functions live above the read-only model, so `{{ total = 0 }}` works
        // while `{{ customer.name = "x" }}` still fails.
        context.PushGlobal(new ScriptObject());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var problem = e.OriginalMessage;
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                problem = $"the render took longer than {Timeout.TotalSeconds:0.#} s and was stopped ({problem})";
            throw new TemplateException(definition.Key, e.Span.Start.Line + 1, e.Span.Start.Column + 1, problem, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            var span = context.CurrentSpan;
            throw new TemplateException(definition.Key, span.Start.Line + 1, span.Start.Column + 1, $"the render took longer than {Timeout.TotalSeconds:0.#} s and was stopped", e);
        }
    }
}
