using Beryl.Dashboard.Email;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>The Email section, Django's EMAIL_* names, and one clear line for a bad value.</summary>
public sealed class EmailSettingsTests
{
    private static EmailOptions Bind(Dictionary<string, string?> environment) =>
        SettingsSections.Read<EmailOptions>(new ConfigurationBuilder()
            .AddInMemoryCollection(ConfigurationAliases.Resolve(name => environment.GetValueOrDefault(name))).Build());

    [Fact]
    public void The_defaults_write_to_the_outbox_and_link_to_localhost()
    {
        var options = Bind([]);

        Assert.True(options.Enabled);
        Assert.False(options.UsesSmtp);
        Assert.Equal(587, options.Port);
        Assert.Equal(60, options.TimeoutSeconds);
        Assert.Equal(SmtpSecurity.Auto, options.Security);
        Assert.Equal("Beryl Dashboard <metrics@beryl.local>", options.From);
        Assert.Equal("http://localhost:5080/sys/metrics?date=2026-03-24", options.DashboardUrl(new DateOnly(2026, 3, 24)));
    }

    [Fact]
    public void Djangos_environment_names_set_the_email_settings()
    {
        var options = Bind(new()
        {
            ["EMAIL_HOST"] = "smtp.example.org",
            ["EMAIL_PORT"] = "2525",
            ["EMAIL_HOST_USER"] = "beryl",
            ["EMAIL_HOST_PASSWORD"] = "s3cret",
            ["DEFAULT_FROM_EMAIL"] = "Beryl <noreply@example.org>",
            ["EMAIL_USE_TLS"] = "True",
        });

        Assert.True(options.UsesSmtp);
        Assert.Equal("smtp.example.org", options.Host);
        Assert.Equal(2525, options.Port);
        Assert.Equal("beryl", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal("Beryl <noreply@example.org>", options.From);
        Assert.Equal(SmtpSecurity.StartTls, options.Security);
    }

    [Theory]
    [InlineData("False", null, SmtpSecurity.None)]
    [InlineData("False", "True", SmtpSecurity.SslOnConnect)]
    [InlineData("1", "0", SmtpSecurity.StartTls)]
    public void EMAIL_USE_TLS_and_EMAIL_USE_SSL_choose_the_security(string useTls, string? useSsl, SmtpSecurity expected)
    {
        var options = Bind(new() { ["EMAIL_USE_TLS"] = useTls, ["EMAIL_USE_SSL"] = useSsl });

        Assert.Equal(expected, options.Security);
    }

    [Theory]
    [InlineData("EMAIL_PORT", "0", "Invalid setting Email:Port (EMAIL_PORT): must be between 1 and 65535, got 0.")]
    [InlineData("Email__TimeoutSeconds", "0", "Invalid setting Email:TimeoutSeconds (Email__TimeoutSeconds): must be between 1 and 3600 seconds, got 0.")]
    [InlineData("DEFAULT_FROM_EMAIL", "metrics at beryl", "Invalid setting Email:From (DEFAULT_FROM_EMAIL): 'metrics at beryl' is not an email address")]
    [InlineData("Email__PublicBaseUrl", "metrics.example.org", "Invalid setting Email:PublicBaseUrl (Email__PublicBaseUrl): 'metrics.example.org' is not an http(s) address.")]
    [InlineData("EMAIL_HOST_PASSWORD", "s3cret", "Invalid setting Email:User (EMAIL_HOST_USER): a password is set but no user to sign in with.")]
    [InlineData("Email__Security", "Carrier pigeon", "Invalid setting Email:Security (EMAIL_USE_TLS, EMAIL_USE_SSL): 'Carrier pigeon' is not one of Auto, None, StartTls, SslOnConnect.")]
    [InlineData("EMAIL_USE_TLS", "maybe", "Invalid setting EMAIL_USE_TLS: 'maybe' is not True or False.")]
    [InlineData("DEFAULT_FROM_EMAIL", "notanemail", "Invalid setting Email:From (DEFAULT_FROM_EMAIL): 'notanemail' is not an email address")]
    public async Task A_bad_email_setting_stops_the_command_with_one_line_naming_it(string variable, string value, string message)
    {
        using var folder = new TestDataFolder();

        var run = await CliProcess.RunAsync(folder.Path, ["view-metrics"], new Dictionary<string, string> { [variable] = value });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(folder.File("dashboard.db")));
    }
}
