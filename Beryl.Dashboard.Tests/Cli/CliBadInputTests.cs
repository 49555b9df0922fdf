using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>Bad input exits non-zero with one clear line and writes nothing (not even a database file).</summary>
public sealed class CliBadInputTests : IDisposable
{
    private readonly TestDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(new[] { "collect-everything" }, "Unknown command 'collect-everything'")]
    [InlineData(new[] { "collect-daily-metrics", "--date", "2026-02-30" }, "--date: '2026-02-30' is not a valid date (expected a date YYYY-MM-DD from 1970-01-01 to 9998-12-31")]
    [InlineData(new[] { "collect-daily-metrics", "--date", "29.03.2026" }, "--date: '29.03.2026' is not a valid date")]
    [InlineData(new[] { "collect-daily-metrics", "--date" }, "collect-daily-metrics: --date needs a value (YYYY-MM-DD).")]
    [InlineData(new[] { "collect-daily-metrics", "--date", "--verbose" }, "collect-daily-metrics: --date needs a value (YYYY-MM-DD).")]
    [InlineData(new[] { "collect-daily-metrics", "--dry-run" }, "collect-daily-metrics: unknown argument '--dry-run'")]
    [InlineData(new[] { "collect-daily-metrics", "--verbose", "--verbose" }, "collect-daily-metrics: --verbose given twice.")]
    [InlineData(new[] { "view-metrics", "--date", "2026-13-01" }, "--date: '2026-13-01' is not a valid date")]
    [InlineData(new[] { "view-metrics", "--date", "0001-01-01" }, "--date: '0001-01-01' is not a valid date")]
    [InlineData(new[] { "seed-demo", "--days", "0" }, "--days: '0' is not a whole number between 1 and 3650.")]
    [InlineData(new[] { "seed-demo", "--seed", "abc" }, "--seed: 'abc' is not a whole number")]
    // Not a setting of the web app (--key value): refused, where the server used to start as if nothing was asked.
    [InlineData(new[] { "--bogus" }, "Unknown argument '--bogus': the web app takes settings as --key value (e.g. --urls http://127.0.0.1:5000)")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0", "--verbose" }, "Unknown argument '--verbose'")]
    public async Task Exits_with_code_2_and_one_line_before_touching_the_data_folder(string[] args, string message)
    {
        var run = await CliProcess.RunAsync(folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(message, line);
        Assert.False(File.Exists(folder.File("beryl.db")));
        Assert.False(File.Exists(folder.File("dashboard.db")));
    }

    [Theory]
    [InlineData("METRICS_RETENTION_DAYS", "0", "Invalid setting Metrics:RetentionDays (METRICS_RETENTION_DAYS): must be at least 1 day, got 0.")]
    [InlineData("METRICS_ALERT_THRESHOLD_CRITICAL", "5", "Invalid setting Metrics:AlertThresholdCritical (METRICS_ALERT_THRESHOLD_CRITICAL): must be greater than the warning threshold (10), got 5.")]
    [InlineData("Metrics__TimeZone", "Mars/Olympus_Mons", "Invalid setting Metrics:TimeZone (METRICS_TIME_ZONE): unknown time zone 'Mars/Olympus_Mons'.")]
    [InlineData("METRICS_RETENTION_DAYS", "a year", "Invalid setting Metrics:RetentionDays (METRICS_RETENTION_DAYS): 'a year' is not a whole number.")]
    public async Task A_bad_setting_stops_the_command_with_one_line_naming_it(string variable, string value, string message)
    {
        var run = await CliProcess.RunAsync(folder.Path, ["collect-daily-metrics"], new Dictionary<string, string> { [variable] = value });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(folder.File("dashboard.db")));
    }

    [Fact]
    public async Task Version_prints_the_version_and_starts_nothing()
    {
        var run = await CliProcess.RunAsync(folder.Path, "--version");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Matches(@"^Beryl Dashboard \d+\.\d+\.\d+\n$", run.Output);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Help_lists_the_options_of_a_command()
    {
        var run = await CliProcess.RunAsync(folder.Path, "collect-daily-metrics", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--date YYYY-MM-DD", run.Output);
        Assert.Contains("--send-email", run.Output);
        Assert.Contains("--verbose", run.Output);
    }
}
