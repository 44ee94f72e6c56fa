using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.Framework.Hosting;

/// <summary>At host start: makes sure the store has an index for every indexed field, and logs plugins that failed to load.</summary>
internal sealed class CrmStoreInitializer(ICrmStore store, CrmSchema schema, CrmPluginCatalog plugins, ILogger<CrmStoreInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var failed in plugins.Failed) logger.LogWarning("{Reason}", failed.Reason);
        store.EnsureIndexes(schema.Fields);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
