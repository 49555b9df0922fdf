using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Settings;

/// <summary>
/// The environment names of Beryl's env files are honoured by the real program: a bad value given only under
/// that name stops it with one line naming the setting, before it writes anything.
/// </summary>
public sealed class EnvironmentNameTests
{
    [Theory]
    [InlineData("METRICS_RETENTION_DAYS", "0",
        "Invalid setting Metrics:RetentionDays (METRICS_RETENTION_DAYS): must be at least 1 day, got 0.")]
    [InlineData("METRICS_ALERT_THRESHOLD_WARNING", "30",
        "Invalid setting Metrics:AlertThresholdCritical (METRICS_ALERT_THRESHOLD_CRITICAL): must be greater than the warning threshold (30), got 25.")]
    [InlineData("METRICS_ALERT_THRESHOLD_CRITICAL", "5",
        "Invalid setting Metrics:AlertThresholdCritical (METRICS_ALERT_THRESHOLD_CRITICAL): must be greater than the warning threshold (10), got 5.")]
    [InlineData("METRICS_TIME_ZONE", "Mars/Olympus_Mons",
        "Invalid setting Metrics:TimeZone (METRICS_TIME_ZONE): unknown time zone 'Mars/Olympus_Mons'.")]
    public async Task A_bad_value_under_the_environment_name_stops_the_program(string name, string value, string message)
    {
        using var folder = new TestDataFolder();
        var data = folder.File("data");

        var result = await CliProcess.RunAsync(data, ["view-metrics"], new Dictionary<string, string> { [name] = value });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.False(Directory.Exists(data), "Nothing should be written before the settings are valid.");
    }
}
