using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>The Metrics settings: defaults, and one clear line naming the setting for each bad value.</summary>
public sealed class MetricsSettingsTests
{
    [Fact]
    public void Without_settings_the_defaults_of_the_spec_apply()
    {
        var options = SettingsSections.Read<MetricsOptions>(Configuration());

        Assert.Equal(365, options.RetentionDays);
        Assert.Equal(10, options.AlertThresholdWarning);
        Assert.Equal(25, options.AlertThresholdCritical);
        Assert.Equal(56, options.AlertHistoryDays);
        Assert.Equal(5, options.AlertMinimumChange);
        Assert.Equal("Europe/Zurich", options.TimeZone);
    }

    [Fact]
    public void Valid_settings_are_read()
    {
        var options = SettingsSections.Read<MetricsOptions>(Configuration(
            ("Metrics:RetentionDays", "1"), ("Metrics:AlertThresholdWarning", "2.5"),
            ("Metrics:AlertThresholdCritical", "2.6"), ("Metrics:TimeZone", "America/New_York")));

        Assert.Equal(1, options.RetentionDays);
        Assert.Equal(2.5, options.AlertThresholdWarning);
        Assert.Equal(2.6, options.AlertThresholdCritical);
        Assert.Equal("America/New_York", options.TimeZone);
    }

    [Theory]
    [InlineData("Metrics:RetentionDays", "0",
        "Invalid setting Metrics:RetentionDays (METRICS_RETENTION_DAYS): must be at least 1 day, got 0.")]
    [InlineData("Metrics:RetentionDays", "-30",
        "Invalid setting Metrics:RetentionDays (METRICS_RETENTION_DAYS): must be at least 1 day, got -30.")]
    [InlineData("Metrics:AlertThresholdWarning", "0",
        "Invalid setting Metrics:AlertThresholdWarning (METRICS_ALERT_THRESHOLD_WARNING): must be greater than 0, got 0.")]
    [InlineData("Metrics:AlertThresholdWarning", "-5",
        "Invalid setting Metrics:AlertThresholdWarning (METRICS_ALERT_THRESHOLD_WARNING): must be greater than 0, got -5.")]
    [InlineData("Metrics:AlertThresholdWarning", "25",
        "Invalid setting Metrics:AlertThresholdCritical (METRICS_ALERT_THRESHOLD_CRITICAL): must be greater than the warning threshold (25), got 25.")]
    [InlineData("Metrics:AlertThresholdCritical", "5",
        "Invalid setting Metrics:AlertThresholdCritical (METRICS_ALERT_THRESHOLD_CRITICAL): must be greater than the warning threshold (10), got 5.")]
    [InlineData("Metrics:AlertHistoryDays", "13",
        "Invalid setting Metrics:AlertHistoryDays (Metrics__AlertHistoryDays): must be 14 to 365 days, got 13.")]
    [InlineData("Metrics:AlertHistoryDays", "366",
        "Invalid setting Metrics:AlertHistoryDays (Metrics__AlertHistoryDays): must be 14 to 365 days, got 366.")]
    [InlineData("Metrics:AlertMinimumChange", "-1",
        "Invalid setting Metrics:AlertMinimumChange (Metrics__AlertMinimumChange): must be 0 or more, got -1.")]
    [InlineData("Metrics:LargestLabels", "0",
        "Invalid setting Metrics:LargestLabels (Metrics__LargestLabels): must be 1 to 1000 labels, got 0.")]
    [InlineData("Metrics:LargestLabels", "1001",
        "Invalid setting Metrics:LargestLabels (Metrics__LargestLabels): must be 1 to 1000 labels, got 1001.")]
    [InlineData("Metrics:TimeZone", "Mars/Olympus_Mons",
        "Invalid setting Metrics:TimeZone (METRICS_TIME_ZONE): unknown time zone 'Mars/Olympus_Mons'.")]
    public void A_bad_value_is_refused_with_one_line_naming_the_setting(string key, string value, string message)
    {
        var error = Assert.Throws<SettingsException>(() => SettingsSections.Read<MetricsOptions>(Configuration((key, value))));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("Metrics:RetentionDays", "a year", "Invalid setting Metrics:RetentionDays (METRICS_RETENTION_DAYS): 'a year' is not a whole number.")]
    [InlineData("Metrics:AlertThresholdWarning", "ten", "Invalid setting Metrics:AlertThresholdWarning (METRICS_ALERT_THRESHOLD_WARNING): 'ten' is not a number.")]
    [InlineData("Metrics:AlertThresholdCritical", "25%", "Invalid setting Metrics:AlertThresholdCritical (METRICS_ALERT_THRESHOLD_CRITICAL): '25%' is not a number.")]
    [InlineData("Metrics:AlertHistoryDays", "eight weeks", "Invalid setting Metrics:AlertHistoryDays (Metrics__AlertHistoryDays): 'eight weeks' is not a whole number.")]
    [InlineData("Metrics:AlertMinimumChange", "five", "Invalid setting Metrics:AlertMinimumChange (Metrics__AlertMinimumChange): 'five' is not a number.")]
    [InlineData("Metrics:CurrentStateGraceMinutes", "soon", "Invalid setting Metrics:CurrentStateGraceMinutes (Metrics__CurrentStateGraceMinutes): 'soon' is not a whole number.")]
    public void A_value_that_is_not_a_number_is_refused_naming_the_setting_and_its_environment_name(string key, string value, string message)
    {
        var error = Assert.Throws<SettingsException>(() => SettingsSections.Read<MetricsOptions>(Configuration((key, value))));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task The_services_refuse_to_start_with_a_bad_setting()
    {
        var error = await Assert.ThrowsAsync<SettingsException>(() => TestServices.CreateAsync(June15.CollectedAt,
            new Dictionary<string, string?> { ["Metrics:RetentionDays"] = "0" }));

        Assert.Contains("Metrics:RetentionDays", error.Message);
    }

    [Fact]
    public void The_environment_names_of_beryl_map_onto_the_metrics_section()
    {
        Assert.Equal(new Dictionary<string, string>
        {
            ["METRICS_RETENTION_DAYS"] = "Metrics:RetentionDays",
            ["METRICS_ALERT_THRESHOLD_WARNING"] = "Metrics:AlertThresholdWarning",
            ["METRICS_ALERT_THRESHOLD_CRITICAL"] = "Metrics:AlertThresholdCritical",
            ["METRICS_TIME_ZONE"] = "Metrics:TimeZone",
            ["METRICS_PROMETHEUS_TOKEN"] = "Metrics:PrometheusToken",
        }, ConfigurationAliases.All.Where(a => a.Key.StartsWith("Metrics:", StringComparison.Ordinal)).ToDictionary(a => a.Variable, a => a.Key));
    }

    [Fact]
    public void The_command_line_wins_over_the_environment_names_and_they_over_appsettings()
    {
        // Sources in a web host's order: its own command line, appsettings.json, the application's command line.
        string? Retention(params string[] args) => new ConfigurationBuilder()
            .AddCommandLine(args)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Metrics:RetentionDays"] = "200" })
            .AddCommandLine(args)
            .AddBerylEnvironmentNames(name => name == "METRICS_RETENTION_DAYS" ? "90" : null)
            .Build()["Metrics:RetentionDays"];

        Assert.Equal("30", Retention("--Metrics:RetentionDays", "30"));
        Assert.Equal("90", Retention());
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
}
