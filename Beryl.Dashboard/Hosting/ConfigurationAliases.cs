using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Hosting;

public static class ConfigurationAliases
{
    /// <summary>Every environment name honoured, in the order they are applied (a later one wins).</summary>
    public static IReadOnlyList<EnvironmentAlias> All { get; } =
        MetricsOptions.EnvironmentNames.Select(e => new EnvironmentAlias(e.Key, e.Value))
            .Concat(EmailOptions.EnvironmentNames).ToList();

    /// <summary>
    /// Honours the environment names of Beryl's env files (METRICS_RETENTION_DAYS, EMAIL_HOST...) by copying them
    /// onto their appsettings keys; added last, so they win like any environment variable.
    /// </summary>
    public static IConfigurationBuilder AddBerylEnvironmentNames(this IConfigurationBuilder builder) =>
        builder.AddInMemoryCollection(Resolve(Environment.GetEnvironmentVariable));

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
