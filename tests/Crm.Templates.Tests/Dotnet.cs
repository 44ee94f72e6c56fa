using System.Diagnostics;
using Xunit.Abstractions;

namespace Crm.Templates.Tests;

/// <summary>
/// Runs <c>dotnet</c> (or a program it installed) as a child process with a clean environment: none of the
/// MSBuild and test-host variables of the test run that started it, no MSBuild nodes left behind, plus
/// the variables the caller gives.
/// </summary>
internal sealed class Dotnet(ITestOutputHelper log, IReadOnlyDictionary<string, string> environment)
{
    private static readonly string DotnetHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet args</c> in <paramref name="folder"/> and expects exit code 0.</summary>
    public Result Ok(string folder, TimeSpan timeout, params string[] args) => Expect0(Run(DotnetHost, folder, timeout, args));

    /// <summary>Runs <paramref name="program"/> in <paramref name="folder"/>.</summary>
    public Result Run(string program, string folder, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.ToList())
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase) || key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(key);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var command = $"{Path.GetFileName(program)} {string.Join(' ', args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a))}";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish in {timeout.TotalSeconds:0} s.\n{Tail(stdout.Result + stderr.Result)}");
        }
        process.WaitForExit();
        var result = new Result(command, process.ExitCode, stdout.Result, stderr.Result);
        log.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0} s] exit {result.ExitCode}: {command}");
        return result;
    }

    private static Result Expect0(Result result)
    {
        Assert.True(result.ExitCode == 0, $"'{result.Command}' failed with exit code {result.ExitCode}:\n{Tail(result.Stdout + "\n" + result.Stderr)}");
        return result;
    }

    /// <summary>The end of a long output, where build errors and test failures are.</summary>
    public static string Tail(string text, int length = 12_000) => text.Length <= length ? text : "...\n" + text[^length..];

    internal sealed record Result(string Command, int ExitCode, string Stdout, string Stderr);
}
