using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>What wrk measured on one URL.</summary>
public sealed record WrkResult(string Path, double RequestsPerSecond, double P99Seconds, double P50Seconds, long Requests)
{
    /// <summary>Reads wrk's summary (run with <c>--latency</c>).</summary>
    public static WrkResult Parse(string path, string output)
    {
        var rps = Regex.Match(output, @"Requests/sec:\s+([\d.]+)");
        var p99 = Regex.Match(output, @"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        var p50 = Regex.Match(output, @"^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        var requests = Regex.Match(output, @"(\d+) requests in");
        if (!rps.Success || !p99.Success || !p50.Success || !requests.Success)
            throw new InvalidOperationException($"Could not read wrk's output for {path}:\n{output}");
        // wrk prints these lines only when their counts are not all zero. Socket errors are connect, read, write
        // and timeout (no answer within --timeout); all of them, like a 4xx or 5xx, fail the run.
        if (output.Contains("Socket errors:", StringComparison.Ordinal))
            throw new InvalidOperationException($"wrk got socket errors (connect, read, write or timeout) on {path}:\n{output}");
        if (output.Contains("Non-2xx or 3xx responses", StringComparison.Ordinal))
            throw new InvalidOperationException($"wrk got error responses from {path}:\n{output}");
        return new WrkResult(path, double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            Seconds(p99), Seconds(p50), long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static double Seconds(Match m) => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * m.Groups[2].Value switch
    {
        "us" => 1e-6,
        "ms" => 1e-3,
        "m" => 60,
        _ => 1,
    };
}

/// <summary>
/// The real app (Beryl.Dashboard.dll, as built next to this program) serving the bench data folder on 127.0.0.1,
/// and wrk against <c>/sys/metrics/prometheus</c> (with the bearer token) and <c>/health</c> on the same server.
/// </summary>
public static class HttpBench
{
    public const string PrometheusPath = "/sys/metrics/prometheus";
    public const string HealthPath = "/health";

    /// <summary>wrk's own default, written out because a request slower than this counts as an error (a timeout).</summary>
    public const string WrkTimeout = "2s";

    public static async Task<(WrkResult Prometheus, WrkResult Health)> RunAsync(string dataFolder, int seconds, int threads, int connections, TextWriter log)
    {
        if (!WrkAvailable())
            throw new InvalidOperationException("wrk is not installed: run `make bench` (which installs it) or `apt-get install -y wrk`.");

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var url = $"http://127.0.0.1:{FreePort()}";
        var app = Path.Combine(AppContext.BaseDirectory, "Beryl.Dashboard.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(app);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
        info.Environment["BERYL_DATA_DIR"] = dataFolder;
        info.Environment["METRICS_PROMETHEUS_TOKEN"] = token;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var server = Process.Start(info)!;
        // Drained so a chatty server never blocks on a full pipe.
        var serverOutput = server.StandardOutput.ReadToEndAsync();
        var serverError = server.StandardError.ReadToEndAsync();
        try
        {
            await WaitUntilHealthyAsync(server, url, serverError);
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Authorization = new("Bearer", token);
                var body = await http.GetStringAsync(url + PrometheusPath);
                if (!body.Contains("beryl_items ", StringComparison.Ordinal))
                    throw new InvalidOperationException($"{PrometheusPath} did not serve the collected snapshot:\n{body[..Math.Min(body.Length, 400)]}");
                log.WriteLine($"  server {url} up; {PrometheusPath} serves {body.Length:N0} bytes");
            }

            var warmUp = Math.Min(3, seconds);
            var authorization = $"Authorization: Bearer {token}";
            await WrkAsync(url + PrometheusPath, warmUp, threads, connections, authorization);
            await WrkAsync(url + HealthPath, warmUp, threads, connections, null);
            var prometheus = WrkResult.Parse(PrometheusPath, await WrkAsync(url + PrometheusPath, seconds, threads, connections, authorization));
            var health = WrkResult.Parse(HealthPath, await WrkAsync(url + HealthPath, seconds, threads, connections, null));
            foreach (var r in new[] { prometheus, health })
                log.WriteLine($"  {r.Path}: {r.RequestsPerSecond:N0} req/s, p50 {Timing.Format(r.P50Seconds)}, p99 {Timing.Format(r.P99Seconds)} ({r.Requests:N0} requests in {seconds} s)");
            return (prometheus, health);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
            await Task.WhenAll(serverOutput, serverError);
        }
    }

    private static async Task<string> WrkAsync(string url, int seconds, int threads, int connections, string? header)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", WrkTimeout, "--latency" })
            info.ArgumentList.Add(arg);
        if (header is not null)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add(header);
        }
        info.ArgumentList.Add(url);
        using var wrk = Process.Start(info)!;
        var output = wrk.StandardOutput.ReadToEndAsync();
        var error = wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0)
            throw new InvalidOperationException($"wrk failed on {url}: {await error}");
        return await output;
    }

    private static async Task WaitUntilHealthyAsync(Process server, string url, Task<string> serverError)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (server.HasExited)
                throw new InvalidOperationException($"The dashboard exited ({server.ExitCode}): {await serverError}");
            try
            {
                if ((await http.GetAsync(url + HealthPath)).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The dashboard did not become healthy within 2 minutes.");
    }

    public static bool WrkAvailable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
