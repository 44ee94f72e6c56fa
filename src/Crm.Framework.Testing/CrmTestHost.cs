using System.Reflection;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Crm.Framework.Testing;

/// <summary>
/// The real kernel pipeline over an in-memory (or given) store, with a fake clock and plugins passed
/// as instances — for tests of plugins and apps through the public API.
/// <code>
/// await using var crm = CrmTestHost.Create(new BankPlugin());
/// var customer = await crm.Send(new CreateCustomer { Name = "Ada Lovelace" });
/// </code>
/// </summary>
public sealed class CrmTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private CrmTestHost(ServiceProvider root, PluginComposition composition, FakeTimeProvider clock, ICrmStore store, CrmTestLog log)
    {
        Log = log;
        _root = root;
        _scope = root.CreateAsyncScope();
        Schema = composition.Schema;
        Plugins = composition.Reports;
        Clock = clock;
        Store = store;
    }

    /// <summary>The schema composed from the kernel, the app declarations and the plugins.</summary>
    public CrmSchema Schema { get; }

    /// <summary>One report per plugin given.</summary>
    public IReadOnlyList<PluginReport> Plugins { get; }

    /// <summary>The clock; starts at 2026-01-15 09:00 UTC. Advance it to test time-driven rules.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Warnings and errors logged, e.g. automation handlers that threw.</summary>
    public CrmTestLog Log { get; }

    /// <summary>The store.</summary>
    public ICrmStore Store { get; }

    /// <summary>Services of the host's scope (the mediator, the unit of work...).</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>The mediator.</summary>
    public IMediator Mediator => Services.GetRequiredService<IMediator>();

    /// <summary>Creates a host with the given plugins and an in-memory store.</summary>
    public static CrmTestHost Create(params ICrmPlugin[] plugins) => Create(o => o.Plugins.AddRange(plugins));

    /// <summary>Creates a host configured by <paramref name="configure"/>.</summary>
    public static CrmTestHost Create(Action<CrmTestHostOptions> configure)
    {
        var options = new CrmTestHostOptions();
        configure(options);
        var clock = new FakeTimeProvider(options.Start);
        var schema = new CrmSchema();
        var appServices = options.App is { } app ? PluginComposer.IncludeApp(schema, app) : [];
        var composition = PluginComposer.Compose(options.Plugins.Select(Candidate), schema, options.FrameworkVersion ?? CrmFrameworkInfo.Version);
        var store = options.Store ?? new InMemoryCrmStore();
        store.EnsureIndexes(composition.Schema.Fields);

        IServiceCollection services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ICurrentUser>(new CurrentUser(options.User));
        services.AddSingleton(store);
        var log = new CrmTestLog();
        services.AddSingleton(log);
        services.AddSingleton(typeof(ILogger<>), typeof(RecordingLogger<>));
        foreach (var descriptor in appServices.Concat(composition.Services)) services.Add(descriptor);
        options.Services?.Invoke(services);
        services.AddCrmKernel(composition.Schema);
        return new CrmTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), composition, clock, store, log);
    }

    /// <summary>Sends a request through the full pipeline.</summary>
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        Mediator.Send(request, cancellationToken);

    /// <summary>A candidate for an in-memory plugin instance, with the manifest of its assembly (or one made up from its type).</summary>
    public static PluginCandidate Candidate(ICrmPlugin plugin)
    {
        var attribute = plugin.GetType().Assembly.GetCustomAttribute<CrmPluginAttribute>();
        var manifest = attribute is null
            ? new PluginManifest(plugin.GetType().Name, plugin.GetType().Name, "0.0.0", null, null, [], "[1.0,)")
            : PluginManifest.From(attribute);
        return new PluginCandidate(manifest, () => plugin);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
    }
}

/// <summary>Settings of a <see cref="CrmTestHost"/>.</summary>
public sealed class CrmTestHostOptions
{
    /// <summary>Plugins to compose, as instances.</summary>
    public List<ICrmPlugin> Plugins { get; } = [];

    /// <summary>Declarations of the application itself (fields, funnels...), made before the plugins.</summary>
    public Action<ICrmPluginBuilder>? App { get; set; }

    /// <summary>Extra services, registered before the kernel (so they win over its defaults).</summary>
    public Action<IServiceCollection>? Services { get; set; }

    /// <summary>The store; default a new <see cref="InMemoryCrmStore"/>.</summary>
    public ICrmStore? Store { get; set; }

    /// <summary>The acting user. Default <c>tester</c>.</summary>
    public string User { get; set; } = "tester";

    /// <summary>Where the fake clock starts. Default 2026-01-15 09:00 UTC.</summary>
    public DateTimeOffset Start { get; set; } = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The framework version plugins are checked against; default the real one.</summary>
    public Version? FrameworkVersion { get; set; }
}
