using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.Memory;

namespace Beryl.Dashboard.Settings;

/// <summary>
/// The one table of environment names the dashboard honours beside .NET's own (<c>Section__Key</c>): those of Beryl's
/// env files, each with the appsettings key it sets.
/// </summary>
public static class ConfigurationAliases
{
    /// <summary>Every environment name honoured, in the order they are applied (a later one wins).</summary>
    public static IReadOnlyList<EnvironmentAlias> All { get; } =
    [
        new("METRICS_RETENTION_DAYS", "Metrics:RetentionDays"),
        new("METRICS_ALERT_THRESHOLD_WARNING", "Metrics:AlertThresholdWarning"),
        new("METRICS_ALERT_THRESHOLD_CRITICAL", "Metrics:AlertThresholdCritical"),
        new("METRICS_TIME_ZONE", "Metrics:TimeZone"),
        // A blank one sets nothing, so the appsettings key still counts.
        new("METRICS_PROMETHEUS_TOKEN", "Metrics:PrometheusToken", v => string.IsNullOrWhiteSpace(v) ? null : v),
        new("BERYL_ADMIN_URL", "Beryl:AdminUrl"),
        new("EMAIL_HOST", "Email:Host"),
        new("EMAIL_PORT", "Email:Port"),
        new("EMAIL_HOST_USER", "Email:User"),
        new("EMAIL_HOST_PASSWORD", "Email:Password"),
        new("DEFAULT_FROM_EMAIL", "Email:From"),
        // Booleans in Django's settings, one setting here (Email:Security: None, StartTls or SslOnConnect);
        // EMAIL_USE_SSL is read last so that it wins, as in Django.
        new("EMAIL_USE_TLS", "Email:Security", v => EnvironmentAlias.Boolean("EMAIL_USE_TLS", v) ? "StartTls" : "None"),
        new("EMAIL_USE_SSL", "Email:Security", v => EnvironmentAlias.Boolean("EMAIL_USE_SSL", v) ? "SslOnConnect" : null),
    ];

    /// <summary>
    /// Honours the environment names of Beryl's env files (METRICS_RETENTION_DAYS, EMAIL_HOST...) by copying them
    /// onto their appsettings keys. They are environment variables: they win over appsettings.json and the other
    /// environment variables, and the command line wins over them (<c>--Metrics:RetentionDays 30</c>).
    /// </summary>
    public static IConfigurationBuilder AddBerylEnvironmentNames(this IConfigurationBuilder builder, Func<string, string?>? environment = null)
    {
        var aliases = new MemoryConfigurationSource { InitialData = Resolve(environment ?? Environment.GetEnvironmentVariable) };
        // The last command-line source: a web host reads the command line twice, once before appsettings.json.
        var commandLine = builder.Sources.ToList().FindLastIndex(s => s is CommandLineConfigurationSource);
        if (commandLine < 0)
            builder.Add(aliases);
        else
            builder.Sources.Insert(commandLine, aliases);
        return builder;
    }

    /// <summary>The settings that the given environment gives through aliases.</summary>
    public static Dictionary<string, string?> Resolve(Func<string, string?> environment)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var alias in All)
        {
            if (environment(alias.Variable) is not { } raw)
                continue;
            if ((alias.Translate is null ? raw : alias.Translate(raw)) is { } value)
                settings[alias.Key] = value;
        }
        return settings;
    }
}
