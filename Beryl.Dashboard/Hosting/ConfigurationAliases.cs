using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Hosting;

public static class ConfigurationAliases
{
    /// <summary>
    /// Honours the environment names of Beryl's env files (METRICS_RETENTION_DAYS...) by copying them onto
    /// their appsettings keys; added last, so they win like any environment variable.
    /// </summary>
    public static IConfigurationBuilder AddBerylEnvironmentNames(this IConfigurationBuilder builder)
    {
        var aliases = MetricsOptions.EnvironmentNames
            .Select(alias => (Key: alias.Value, Value: Environment.GetEnvironmentVariable(alias.Key)))
            .Where(alias => alias.Value is not null)
            .ToDictionary(alias => alias.Key, alias => alias.Value);
        return builder.AddInMemoryCollection(aliases);
    }
}
