using Beryl.Dashboard.Benchmark;
using Beryl.Dashboard.Benchmark.Measure;

namespace Beryl.Dashboard.Tests.Benchmark;

/// <summary>
/// How the benchmark reads wrk's summary (wrk 4.1, <c>--latency</c>), on hand-written samples: the load run must
/// fail on any error wrk reports, since it asks for none. And the load settings the options default to.
/// </summary>
public sealed class WrkResultTests
{
    private const string Clean = """
        Running 1m test @ http://127.0.0.1:41234/sys/metrics
          2 threads and 32 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency   518.51ms  194.28ms   1.51s    70.22%
            Req/Sec    37.03     29.65   150.00     75.09%
          Latency Distribution
             50%  475.20ms
             75%  625.41ms
             90%  799.80ms
             99%    1.11s
          3664 requests in 1.00m, 438.10MB read
        Requests/sec:     60.90
        Transfer/sec:      7.28MB
        """;

    [Fact]
    public void A_clean_run_gives_its_rate_percentiles_and_requests()
    {
        var result = WrkResult.Parse("/sys/metrics", Clean);

        Assert.Equal(60.90, result.RequestsPerSecond);
        Assert.Equal(0.47520, result.P50Seconds, 1e-9);
        Assert.Equal(1.11, result.P99Seconds, 1e-9);
        Assert.Equal(3664, result.Requests);
    }

    [Theory]
    [InlineData("  Socket errors: connect 0, read 0, write 0, timeout 3")]
    [InlineData("  Socket errors: connect 0, read 12, write 0, timeout 0")]
    [InlineData("  Non-2xx or 3xx responses: 5")]
    public void Any_socket_error_timeout_or_error_response_fails_the_run(string errorLine)
    {
        // wrk prints these lines between the request count and Requests/sec, and only when a count is not zero.
        var output = Clean.Replace("438.10MB read\n", "438.10MB read\n" + errorLine + "\n", StringComparison.Ordinal);
        Assert.NotEqual(Clean, output);

        var error = Assert.Throws<LoadErrorsException>(() => WrkResult.Parse("/sys/metrics", output));
        Assert.Contains("/sys/metrics", error.Message);
        Assert.Contains(errorLine.Trim(), error.Message);
    }

    [Fact]
    public void Output_without_a_summary_is_refused_rather_than_read_as_zero()
    {
        Assert.Throws<InvalidOperationException>(() => WrkResult.Parse("/health", "unable to connect to 127.0.0.1:1 Connection refused"));
    }

    [Theory]
    [InlineData(new string[0], 60)]
    [InlineData(new[] { "--only-http" }, 60)]
    [InlineData(new[] { "--quick" }, 5)]
    public void The_load_run_uses_32_connections_for_60_s_and_the_quick_run_for_5_s(string[] args, int seconds)
    {
        var options = BenchOptions.Parse(args);

        Assert.Equal(32, options.WrkConnections);
        Assert.Equal(seconds, options.WrkSeconds);
    }

    [Fact]
    public void Skipping_http_and_running_only_http_exclude_each_other()
    {
        Assert.Throws<BenchUsageException>(() => BenchOptions.Parse(["--skip-http", "--only-http"]));
    }
}
