using System.Diagnostics;
using System.Globalization;
using System.Net;
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
            throw new LoadErrorsException($"wrk got socket errors (connect, read, write or timeout) on {path}:\n{output}");
        if (output.Contains("Non-2xx or 3xx responses", StringComparison.Ordinal))
            throw new LoadErrorsException($"wrk got error responses from {path}:\n{output}");
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

/// <summary>What wrk measured on each endpoint, on one server.</summary>
public sealed record HttpResults(WrkResult Page, WrkResult Prometheus, WrkResult Health);

/// <summary>
/// The real app (Beryl.Dashboard.dll, as built next to this program) serving the bench target on 127.0.0.1,
/// and wrk against the signed-in page <c>/sys/metrics</c> (an admin's session cookie), <c>/sys/metrics/prometheus</c>
/// (the bearer token) and <c>/health</c> (anonymous: the reference for Prometheus' throughput), on the same server.
/// </summary>
public static class HttpBench
{
    public const string PrometheusPath = "/sys/metrics/prometheus";
    public const string HealthPath = "/health";

    /// <summary>wrk's own default, written out because a request slower than this counts as an error (a timeout).</summary>
    public const string WrkTimeout = "2s";

    /// <summary>wrk runs on each endpoint before its measured run (shorter for a shorter run).</summary>
    public const int WarmUpSeconds = 20;

    public static async Task<HttpResults> RunAsync(BenchTarget target, int seconds, int threads, int connections, TextWriter log)
    {
        if (!WrkAvailable())
            throw new InvalidOperationException("wrk is not installed: run `make bench` (which installs it) or `apt-get install -y wrk`.");

        // Before the server starts, so its first sign-in already sees the password.
        var admin = await BenchAdmin.EnsureAsync(target);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        using var server = Process.Start(ServerStartInfo(url, target, token))!;
        // Drained so a chatty server never blocks on a full pipe.
        var serverOutput = server.StandardOutput.ReadToEndAsync();
        var serverError = server.StandardError.ReadToEndAsync();
        try
        {
            await WaitUntilHealthyAsync(server, url, serverError);
            await CheckPrometheusAsync(url, token, log);
            var cookies = await AdminSession.SignInAsync(url, admin);
            var pageBytes = await AdminSession.CheckAsync(url, cookies);
            log.WriteLine($"  signed in as {admin.Email} (user {admin.Id}); {AdminSession.MetricsPagePath} serves {pageBytes:N0} bytes with the session cookie");

            (string Path, string? Header)[] targets =
            [
                (AdminSession.MetricsPagePath, $"Cookie: {cookies}"),
                (PrometheusPath, $"Authorization: Bearer {token}"),
                (HealthPath, null),
            ];
            // Long enough for the JIT's second tier: in the first 20 s after a start the page serves a third of what
            // it serves after, and a throughput goal is about the page's work, not the start.
            var warmUp = Math.Min(WarmUpSeconds, seconds);
            foreach (var (path, header) in targets)
                await WrkAsync(url + path, warmUp, threads, connections, header);
            var results = new List<WrkResult>();
            var errors = new List<string>();
            foreach (var (path, header) in targets)
            {
                // An endpoint with errors does not stop the others: every endpoint is measured, then the run fails.
                try
                {
                    var result = WrkResult.Parse(path, await WrkAsync(url + path, seconds, threads, connections, header));
                    results.Add(result);
                    log.WriteLine($"  {Label(path),-42} {result.RequestsPerSecond:N0} req/s, p50 {Timing.Format(result.P50Seconds)}, " +
                                  $"p99 {Timing.Format(result.P99Seconds)} ({result.Requests:N0} requests in {seconds} s, 0 errors)");
                }
                catch (LoadErrorsException e)
                {
                    errors.Add(e.Message);
                    log.WriteLine($"  {Label(path),-42} ERRORS (wrk's output below)");
                }
            }

            // wrk counts a redirect to /login as a success: the session must still hold after the run.
            await AdminSession.CheckAsync(url, cookies);
            log.WriteLine($"  the session cookie still opens {AdminSession.MetricsPagePath} after the run");
            if (errors.Count > 0)
                throw new LoadErrorsException(string.Join("\n", errors));
            return new HttpResults(results[0], results[1], results[2]);
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

    /// <summary>What each path is, for the log: which caller and which credentials.</summary>
    private static string Label(string path) => path switch
    {
        AdminSession.MetricsPagePath => $"{path} (page, signed-in admin)",
        PrometheusPath => $"{path} (bearer token)",
        _ => $"{path} (anonymous)",
    };

    private static ProcessStartInfo ServerStartInfo(string url, BenchTarget target, string token)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Beryl.Dashboard.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(url);
        foreach (var (name, value) in target.Environment())
            info.Environment[name] = value;
        info.Environment["METRICS_PROMETHEUS_TOKEN"] = token;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return info;
    }

    private static async Task CheckPrometheusAsync(string url, string token, TextWriter log)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var body = await http.GetStringAsync(url + PrometheusPath);
        if (!body.Contains("beryl_items ", StringComparison.Ordinal))
            throw new InvalidOperationException($"{PrometheusPath} did not serve the collected snapshot:\n{body[..Math.Min(body.Length, 400)]}");
        log.WriteLine($"  server {url} up; {PrometheusPath} serves {body.Length:N0} bytes");
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
}
