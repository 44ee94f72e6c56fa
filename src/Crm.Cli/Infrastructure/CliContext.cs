using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Framework;
using Crm.Framework.Hosting;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Plugins;
using Spectre.Console;

namespace Crm.Cli.Infrastructure;

/// <summary>What every command shares: the global options, the consoles, JSON output and the error boundary.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    /// <summary><c>--workspace</c>: the workspace folder.</summary>
    public static Option<string> WorkspaceOption { get; } = new("--workspace", "-w")
    {
        Description = "The workspace folder (LiteDB file + settings).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CRM_WORKSPACE") is { Length: > 0 } w ? w : ".crm",
        Recursive = true,
    };

    /// <summary><c>--user</c>: who is acting, for the audit trail.</summary>
    public static Option<string?> UserOption { get; } = new("--user")
    {
        Description = "Who is acting (recorded in the audit trail). Default: the CRM_USER variable or the OS user.",
        Recursive = true,
    };

    /// <summary><c>--plugins</c>: the plugins folder.</summary>
    public static Option<string?> PluginsOption { get; } = new("--plugins")
    {
        Description = "The plugins folder (<Id>/<Id>.dll). Default: 'plugins' beside the crm program.",
        Recursive = true,
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Rich output to standard output (plain when redirected).</summary>
    public IAnsiConsole Out { get; } = CreateConsole(output);

    /// <summary>True when a person watches a terminal (progress bars make sense).</summary>
    public bool IsInteractive => Out.Profile.Capabilities.Interactive;

    /// <summary>Plain standard output, for JSON and documents.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output goes to files and scripts: wide tables beat wrapped cells.
        if (!terminal) console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160;
        return console;
    }

    /// <summary>The global options as given.</summary>
    public static CliGlobals Globals(ParseResult parse) =>
        new(parse.GetValue(WorkspaceOption)!, parse.GetValue(UserOption), parse.GetValue(PluginsOption));

    /// <summary>Writes <paramref name="value"/> as indented JSON (camelCase, enums as strings).</summary>
    public void WriteJson(object value) => Output.WriteLine(JsonSerializer.Serialize(value, value.GetType(), Json));

    /// <summary>
    /// Runs a command body: a <see cref="CrmException"/> becomes its one-sentence message on stderr and
    /// its exit code; anything else is reported as an unexpected error — never a stack trace.
    /// </summary>
    public async Task<int> Run(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CrmException e)
        {
            Error.WriteLine($"error: {e.Message}");
            return ExitCodes.For(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"error: {e.Message.TrimEnd('.')}; check the path and its permissions.");
            return ExitCodes.Store;
        }
        catch (OperationCanceledException)
        {
            Error.WriteLine("error: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            Error.WriteLine($"error: unexpected {e.GetType().Name}: {e.Message} (this is a bug in crm or a plugin; please report it).");
            return ExitCodes.Unexpected;
        }
    }
}

/// <summary>The global options.</summary>
/// <param name="Workspace">The workspace folder.</param>
/// <param name="User">The acting user, if given.</param>
/// <param name="Plugins">The plugins folder, if given.</param>
public sealed record CliGlobals(string Workspace, string? User, string? Plugins)
{
    /// <summary>The plugins folder: <c>--plugins</c>, else <c>plugins</c> beside the program (as <see cref="CrmOptions"/> resolves it).</summary>
    public string PluginsFolder => new CrmOptions { PluginsPath = Plugins }.ResolvedPluginsPath;

    /// <summary>The manifests of the plugins installed in <see cref="PluginsFolder"/>.</summary>
    public IReadOnlyList<PluginManifest> InstalledPlugins() =>
        PluginDiscovery.Discover(PluginsFolder).Found.Select(c => c.Manifest).ToList();

    /// <summary>The installed plugin whose industry or id is <paramref name="industry"/>, or a validation error listing the industries there are.</summary>
    public PluginManifest RequirePlugin(string industry, IReadOnlyList<PluginManifest> installed) =>
        installed.FirstOrDefault(m => string.Equals(m.Industry, industry, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Id, industry, StringComparison.OrdinalIgnoreCase))
        ?? throw new CrmValidationException("industry", industry, $"has no plugin; available: {string.Join(", ", installed.Select(m => m.Industry ?? m.Id).Distinct().Order())}");

    /// <summary>The acting user: <c>--user</c>, else CRM_USER, else the OS user.</summary>
    public string ActingUser => User
        ?? (Environment.GetEnvironmentVariable("CRM_USER") is { Length: > 0 } u ? u : Environment.UserName);
}
