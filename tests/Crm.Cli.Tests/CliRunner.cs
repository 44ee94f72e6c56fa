using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Crm.Cli.Tests;

/// <summary>Runs the real, built <c>crm</c> program as a process in a temporary folder, as a user would.</summary>
public sealed class CliRunner : IDisposable
{
    private static readonly string CliPath = Path.GetFullPath(typeof(CliRunner).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CliPath").Value!);

    public CliRunner()
    {
        Folder = Path.Combine(Path.GetTempPath(), "crm-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The working folder; the default workspace is <c>.crm</c> inside it.</summary>
    public string Folder { get; }

    /// <summary>When set, the CRM runs as of this moment (<c>CRM_NOW</c>), e.g. <c>2026-01-15T09:00Z</c>.</summary>
    public string? Now { get; set; }

    public CliResult Run(params string[] args)
    {
        if (!File.Exists(CliPath)) throw new FileNotFoundException($"The crm program was not built at {CliPath}.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliPath);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CRM_USER"] = "tester";
        start.Environment["CRM_WORKSPACE"] = "";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "240";
        start.Environment["CRM_NOW"] = Now ?? "";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"crm {string.Join(' ', args)} did not finish in 120 s.");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs and expects success, returning the parsed JSON of stdout.</summary>
    public JsonElement Json(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"crm {string.Join(' ', args)} failed ({result.ExitCode}): {result.Stderr}");
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    /// <summary>Runs and expects success.</summary>
    public CliResult Ok(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"crm {string.Join(' ', args)} failed ({result.ExitCode}): {result.Stderr}\n{result.Stdout}");
        return result;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Asserts a user mistake: the given exit code, one 'error:' line on stderr, and no stack trace anywhere.</summary>
    public string AssertUserError(int exitCode)
    {
        Assert.Equal(exitCode, ExitCode);
        var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", Stderr + Stdout);
        Assert.DoesNotContain("Exception", Stderr);
        return error;
    }
}
