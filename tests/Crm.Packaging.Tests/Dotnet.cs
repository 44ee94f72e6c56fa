using System.Diagnostics;
using System.Text;

namespace Crm.Packaging.Tests;

/// <summary>Runs a program (the dotnet CLI, an installed tool) as a process and collects what it printed.</summary>
public static class Dotnet
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="args"/>.</summary>
    public static ProcessResult Run(string workingFolder, TimeSpan timeout, params string[] args) =>
        RunProgram("dotnet", workingFolder, timeout, args);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>, never reusing MSBuild nodes.</summary>
    public static ProcessResult RunProgram(string program, string workingFolder, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into a fresh build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CRM_WORKSPACE"] = "";
        start.Environment["NO_COLOR"] = "1";

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {timeout}.");
        }
        process.WaitForExit();
        lock (stdout) lock (stderr) return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A finished process: its exit code, stdout and stderr.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The last lines of stdout and stderr, enough to see why a build failed.</summary>
    public string Tail(int lines = 60) => string.Join('\n', (Stdout + Stderr).Split('\n').TakeLast(lines));
}
