using System.Diagnostics;
using System.Text;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>Runs <c>promtool check metrics</c> (Prometheus' own linter) on a text, fed on standard input.</summary>
public static class Promtool
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> CheckMetricsAsync(string text)
    {
        var promtool = Find() ?? throw new Xunit.Sdk.XunitException(
            "promtool is not installed, so the Prometheus output cannot be checked. `make test` installs it " +
            "(Debian package `prometheus`: apt-get update && apt-get install -y prometheus).");

        var start = new ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No byte-order mark: promtool would read it as part of the first line.
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, (await stdout + await stderr).Trim());
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "promtool"))
            .FirstOrDefault(File.Exists);
}
