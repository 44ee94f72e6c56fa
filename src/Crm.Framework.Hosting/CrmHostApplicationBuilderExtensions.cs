using System.ComponentModel.DataAnnotations;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Teams;
using Crm.Framework.Plugins;
using Crm.Framework.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Crm.Framework.Hosting;

/// <summary>Wires a whole CRM into a .NET host.</summary>
public static class CrmHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the CRM: opens the workspace, loads plugins from the plugins folder (reporting each failure
    /// by name), composes the schema, and registers the kernel and the LiteDB store. Options come from the
    /// <c>Crm</c> configuration section and then <paramref name="configure"/>; they are validated here,
    /// at start, because plugin loading depends on them. Calling it again does nothing.
    /// </summary>
    /// <exception cref="OptionsValidationFailedException">The options are not valid.</exception>
    /// <exception cref="WorkspaceException">The workspace does not exist or cannot be read.</exception>
    /// <exception cref="SchemaException">The application's own declarations (<see cref="CrmOptions.Configure"/>) conflict or cannot work.</exception>
    /// <exception cref="PluginLoadException">A plugin failed and <see cref="CrmOptions.FailOnPluginError"/> is set.</exception>
    public static IHostApplicationBuilder AddCrm(this IHostApplicationBuilder builder, Action<CrmOptions>? configure = null)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(CrmPluginCatalog))) return builder;

        var options = new CrmOptions();
        builder.Configuration.GetSection(CrmOptions.Section).Bind(options);
        configure?.Invoke(options);
        Validate(options);

        var workspace = CrmWorkspace.Open(options.Workspace);
        var schema = new CrmSchema();
        var teams = workspace.TeamDefinitions();
        if (options.Configure is not null || teams.Count > 0)
        {
            // The workspace's teams are the application's own declarations, made before any plugin's.
            foreach (var descriptor in PluginComposer.IncludeApp(schema, builder =>
            {
                foreach (var team in teams) builder.AddTeam(team);
                options.Configure?.Invoke(builder);
            }))
                services.Add(descriptor);
        }

        var folder = options.ResolvedPluginsPath;
        var (found, broken) = PluginDiscovery.Discover(folder);
        var enabled = options.EnabledPlugins?.ToList() ?? (workspace.Settings.Plugins.Count > 0 ? workspace.Settings.Plugins.ToList() : null);
        var composition = PluginComposer.Compose(found, schema, CrmFrameworkInfo.Version, enabled, broken);
        var catalog = new CrmPluginCatalog(folder, composition.Reports);
        if (options.FailOnPluginError && catalog.Failed.Any()) throw new PluginLoadException(catalog.Failed);

        services.AddSingleton(catalog);
        services.AddSingleton(workspace);
        foreach (var descriptor in composition.Services) services.Add(descriptor);
        if (options.User is { } user) services.TryAddSingleton<ICurrentUser>(new CurrentUser(user));
        services.AddCrmKernel(composition.Schema);
        services.AddCrmLiteDbStore(workspace.DatabasePath);
        services.AddHostedService<CrmStoreInitializer>();
        services.AddOptions<CrmOptions>().Configure(o => Copy(options, o)).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    private static void Validate(CrmOptions options)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            throw new OptionsValidationFailedException($"The CRM options are not valid: {string.Join(" ", results.Select(r => r.ErrorMessage))}");
        if (options.PluginsPath is { } path && File.Exists(path))
            throw new OptionsValidationFailedException($"The plugins path '{path}' is a file; it must be a folder holding <Id>/<Id>.dll.");
    }

    private static void Copy(CrmOptions from, CrmOptions to)
    {
        to.Workspace = from.Workspace;
        to.PluginsPath = from.PluginsPath;
        to.EnabledPlugins = from.EnabledPlugins;
        to.FailOnPluginError = from.FailOnPluginError;
        to.User = from.User;
        to.Configure = from.Configure;
    }
}

/// <summary>The CRM options are not valid; the message says which and how to fix them.</summary>
public sealed class OptionsValidationFailedException(string message) : CrmException(message)
{
    /// <inheritdoc />
    public override string Code => "configuration";
}
