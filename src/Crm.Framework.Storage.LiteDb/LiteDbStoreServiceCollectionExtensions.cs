using Crm.Framework.Behaviors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>Registers the LiteDB store.</summary>
public static class LiteDbStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LiteDbCrmStore"/> on the file at <paramref name="databasePath"/> as the singleton
    /// <see cref="ICrmStore"/> (opened on first use, closed when the container is disposed), and the
    /// <see cref="LiteDbErrorTranslator"/> that names the file in store errors. A second call does nothing:
    /// the first store registered stays.
    /// </summary>
    public static IServiceCollection AddCrmLiteDbStore(this IServiceCollection services, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);

        services.TryAddSingleton<ICrmStore>(_ => new LiteDbCrmStore(fullPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IErrorTranslator>(new LiteDbErrorTranslator(fullPath)));
        return services;
    }
}
