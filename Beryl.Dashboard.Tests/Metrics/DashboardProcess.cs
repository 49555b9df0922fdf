using System.Diagnostics;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Runs the built Beryl.Dashboard executable as a child process, with its own environment variables, so a
/// test can set METRICS_* without touching the test process's environment.
/// </summary>
public static class DashboardProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment,
        params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Beryl.Dashboard.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Only what the test sets: none of the METRICS_* or BERYL_* of the machine running the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("METRICS_") || k.StartsWith("BERYL_")).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Beryl.Dashboard {string.Join(' ', args)} did not exit.");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
