using Crm.Framework;
using Crm.Framework.Fields;
using Crm.Framework.Hosting;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Plugins;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Cli.Infrastructure;

/// <summary>An open workspace: a started host with the kernel, the LiteDB store and the plugins, for one command.</summary>
public sealed class CrmSession : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly AsyncServiceScope _scope;

    private CrmSession(IHost host)
    {
        _host = host;
        _scope = host.Services.CreateAsyncScope();
    }

    /// <summary>The services of this command's scope.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>The composed schema.</summary>
    public CrmSchema Schema => Services.GetRequiredService<CrmSchema>();

    /// <summary>The plugin reports.</summary>
    public CrmPluginCatalog Plugins => Services.GetRequiredService<CrmPluginCatalog>();

    /// <summary>The workspace.</summary>
    public CrmWorkspace Workspace => Services.GetRequiredService<CrmWorkspace>();

    /// <summary>Sends a request through the pipeline.</summary>
    public Task<T> Send<T>(IRequest<T> request, CancellationToken cancellationToken) =>
        Services.GetRequiredService<IMediator>().Send(request, cancellationToken);

    /// <summary>Opens the workspace named by <paramref name="globals"/> and starts the host.</summary>
    public static async Task<CrmSession> OpenAsync(CliGlobals globals, CliContext cli, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new StderrLoggerProvider(cli.Error));
        builder.Services.AddSingleton<ICurrentUser>(new CurrentUser(globals.ActingUser));
        if (FixedNow() is { } now) builder.Services.AddSingleton<TimeProvider>(new FixedClock(now));
        if (Region() is { } region) builder.Services.AddSingleton(region);
        builder.AddCrm(o =>
        {
            o.Workspace = globals.Workspace;
            o.PluginsPath = globals.Plugins;
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new CrmSession(host);
    }

    /// <summary>
    /// The moment set in <c>CRM_NOW</c> (ISO 8601), when the CRM should run as of a fixed time — to replay a
    /// day, rehearse tomorrow's agenda or check which cases breach by Friday; null to use the system clock.
    /// </summary>
    /// <exception cref="CrmValidationException">CRM_NOW is set but is not a date and time.</exception>
    public static DateTimeOffset? FixedNow()
    {
        var text = Environment.GetEnvironmentVariable("CRM_NOW");
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var now)
            ? now
            : throw new CrmValidationException("CRM_NOW", text, "must be a date and time such as 2026-01-15T09:30 (or unset, to use the system clock)");
    }

    /// <summary>
    /// The region set in <c>CRM_REGION</c> (e.g. <c>DE</c>; <c>none</c>: phones need <c>+</c>) that phone numbers
    /// written without a country code are read in; null to keep the kernel's default (GB).
    /// </summary>
    /// <exception cref="CrmValidationException">CRM_REGION is set but is not a region the CRM knows.</exception>
    public static CrmRegionalSettings? Region()
    {
        var text = Environment.GetEnvironmentVariable("CRM_REGION")?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase)) return new CrmRegionalSettings { DefaultRegion = null };
        return PhoneNumbers.FindRegion(text) is { } region
            ? new CrmRegionalSettings { DefaultRegion = region.Code }
            : throw new CrmValidationException("CRM_REGION", text,
                $"must be a region code such as GB, DE or US (or 'none'); known: {string.Join(", ", PhoneNumbers.Regions.Keys.Order(StringComparer.Ordinal))}");
    }

    /// <summary>A clock standing still at one moment (<c>CRM_NOW</c>).</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
    }
}
