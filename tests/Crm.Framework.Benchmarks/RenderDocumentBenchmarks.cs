using BenchmarkDotNet.Attributes;
using Crm.Framework.Demo;
using Crm.Framework.Documents;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Testing;
using Crm.Plugins.Bank;
using Crm.Plugins.Bank.Demo;
using Microsoft.Extensions.DependencyInjection;
using Scriban.Runtime;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// Rendering the bank's <c>loan_offer_letter</c> for the first demo customer that gets one, over the
/// in-memory store seeded with the bank demo. Through <see cref="RenderDocument"/> with the kernel's
/// singleton <see cref="TemplateRenderer"/> (template parsed once, cache warm) against the same command
/// with a new renderer for every render (parsed every time), and the renderer's public API on its own
/// (model built once): a cached render and a fresh renderer's parse and render.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioTrendConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[InvocationCount(1_000)]
public class RenderDocumentBenchmarks
{
    private const string Template = "loan_offer_letter";

    private CrmTestHost? _warm;
    private CrmTestHost? _parseEveryRender;
    private RenderDocument? _warmRequest;
    private RenderDocument? _parseEveryRenderRequest;
    private DocumentTemplateDefinition? _template;
    private ScriptObject? _model;
    private readonly TemplateRenderer _cachedRenderer = new();

    /// <summary>Two bank CRMs seeded with the demo (one with a transient renderer), and the letter's model.</summary>
    [GlobalSetup]
    public void Seed()
    {
        _warm = CrmTestHost.Create(new BankPlugin());
        _parseEveryRender = CrmTestHost.Create(o =>
        {
            o.Plugins.Add(new BankPlugin());
            // Registered before the kernel, so it wins over the kernel's singleton: every handler gets a new, empty cache.
            o.Services = services => services.AddTransient<TemplateRenderer>();
        });
        _warmRequest = SeedDemo(_warm);
        _parseEveryRenderRequest = SeedDemo(_parseEveryRender);

        _template = _warm.Schema.RequireTemplate(Template);
        var store = _warm.Services.GetRequiredService<ICrmStore>();
        var customer = store.GetCustomer(_warmRequest.CustomerId)!;
        var deals = store.FindDeals(new Crm.Framework.Pipelines.ListDeals { CustomerId = customer.Id, Limit = 100 });
        var deal = deals.Single(d => d.Id == _warmRequest.DealId);
        _model = DocumentModel.Build(customer, deal, deals, store.InteractionsOf(customer.Id, 50), _template, _warm.Clock.GetUtcNow(), "tester");

        // Warm the cache of the kernel's renderer and of the one used directly; check both paths give the same letter.
        var viaCommand = _warm.Send(_warmRequest).GetAwaiter().GetResult().Content;
        var direct = _cachedRenderer.Render(_template, _model);
        if (viaCommand != direct) throw new InvalidOperationException("The command and the renderer produced different letters.");
    }

    /// <summary>Disposes the hosts.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _warm?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _parseEveryRender?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The command, template cache warm.</summary>
    [Benchmark(Baseline = true, Description = "RenderDocument, cache warm")]
    public Task<Document> RenderDocumentWarm() => _warm!.Send(_warmRequest!);

    /// <summary>The command, a new renderer (so a parse) per render.</summary>
    [Benchmark(Description = "RenderDocument, parse every render")]
    public Task<Document> RenderDocumentParseEveryRender() => _parseEveryRender!.Send(_parseEveryRenderRequest!);

    /// <summary>The renderer alone, template cached, model built beforehand.</summary>
    [Benchmark(Description = "TemplateRenderer.Render, cached")]
    public string RendererCached() => _cachedRenderer.Render(_template!, _model!);

    /// <summary>A new renderer alone: parse and render, model built beforehand.</summary>
    [Benchmark(Description = "new TemplateRenderer().Render")]
    public string RendererFresh() => new TemplateRenderer().Render(_template!, _model!);

    private static RenderDocument SeedDemo(CrmTestHost crm)
    {
        var seeded = crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(BankDemoData.Create()).GetAwaiter().GetResult();
        var letter = seeded.Documents.First(d => d.Template == Template);
        return new RenderDocument { CustomerId = letter.CustomerId, Template = Template, DealId = letter.DealId };
    }
}
