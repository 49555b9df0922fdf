using System.Diagnostics;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>What a run of the real CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the dashboard's executable as a child process, as an admin or cron would.</summary>
public static class CliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Beryl.Dashboard.dll");

    public static Process Start(string dataFolder, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        // Only what the test sets: none of the Beryl, METRICS_* or EMAIL_* settings of the machine running the tests.
        foreach (var name in info.Environment.Keys.Where(IsSetting).ToList())
            info.Environment.Remove(name);
        info.Environment["BERYL_DATA_DIR"] = dataFolder;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        return Process.Start(info)!;
    }

    public static async Task<CliRun> RunAsync(string dataFolder, params string[] args) =>
        await RunAsync(dataFolder, args, null);

    public static async Task<CliRun> RunAsync(string dataFolder, string[] args, IDictionary<string, string>? environment)
    {
        using var process = Start(dataFolder, args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static bool IsSetting(string name) =>
        new[] { "BERYL_", "METRICS_", "EMAIL_", "DEFAULT_FROM_EMAIL", "ConnectionStrings__", "Database__", "Metrics__", "Email__", "Jobs__" }
            .Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
}
