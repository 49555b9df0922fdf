using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Tests.Jobs;

/// <summary>The Jobs settings of the web app's Hangfire server.</summary>
public sealed class JobsSettingsTests
{
    [Fact]
    public void A_job_whose_server_died_is_run_again_after_five_minutes_by_default()
    {
        var options = SettingsSections.Read<JobsOptions>(new ConfigurationBuilder().Build());

        Assert.Equal(TimeSpan.FromMinutes(5), options.InvisibilityTimeout);
    }

    [Fact]
    public void The_options_pipeline_checks_the_section_with_the_same_words()
    {
        // A value that changes after registration (a reloaded appsettings.json) meets the same check when read.
        var configuration = new ConfigurationManager();
        var services = new ServiceCollection();
        services.AddSettingsSection<JobsOptions>(configuration);
        configuration["Jobs:InvisibilityTimeoutSeconds"] = "0";

        var error = Assert.Throws<OptionsValidationException>(() =>
            services.BuildServiceProvider().GetRequiredService<IOptions<JobsOptions>>().Value);

        Assert.Equal("Invalid setting Jobs:InvisibilityTimeoutSeconds (Jobs__InvisibilityTimeoutSeconds): must be at least 1 second, got 0.", error.Message);
    }

    [Theory]
    [InlineData("0", "Invalid setting Jobs:InvisibilityTimeoutSeconds (Jobs__InvisibilityTimeoutSeconds): must be at least 1 second, got 0.")]
    [InlineData("five minutes", "Invalid setting Jobs:InvisibilityTimeoutSeconds (Jobs__InvisibilityTimeoutSeconds): 'five minutes' is not a whole number.")]
    public async Task A_bad_value_stops_the_web_app_with_one_line_naming_it(string value, string message)
    {
        using var folder = new TestDataFolder();

        var run = await CliProcess.RunAsync(folder.Path, ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { ["Jobs__InvisibilityTimeoutSeconds"] = value });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, Assert.Single(run.ErrorLines));
    }
}
