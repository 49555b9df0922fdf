using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Beryl.Dashboard.Tests.Jobs;

/// <summary>The Jobs settings of the web app's Hangfire server.</summary>
public sealed class JobsSettingsTests
{
    [Fact]
    public void A_job_whose_server_died_is_run_again_after_five_minutes_by_default()
    {
        var options = ServiceRegistration.BindJobsOptions(new ConfigurationBuilder().Build());

        Assert.Equal(TimeSpan.FromMinutes(5), options.InvisibilityTimeout);
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
