using Beryl.Dashboard.Email;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Extensions.Options;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything the web app and the CLI share: settings, databases, catalog sources, collector, report, report email.</summary>
    public static IServiceCollection AddBerylDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var metrics = BindMetricsOptions(configuration);
        var email = BindEmailOptions(configuration);
        // Jobs settings are the web app's, but the CLI refuses a bad one the same way.
        _ = BindJobsOptions(configuration);
        var data = DataFolder.From(configuration);
        services.AddSingleton(data);
        services.AddSingleton(Options.Create(metrics));
        services.AddSingleton(Options.Create(email));
        services.AddSingleton(TimeProvider.System);

        services.AddDatabases(DatabaseSettings.From(configuration, data));

        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<ReportComposer>();
        services.AddSingleton<ReportBuilder>();
        services.AddTransient<MetricsCollector>();
        services.AddTransient<PastDaysCollector>();
        services.AddTransient<BerylHistoryImport>();
        services.AddTransient<HistoryBuilder>();
        services.AddSingleton<DatabaseMigrator>();
        foreach (var source in typeof(IMetricSource).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMetricSource).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IMetricSource), source);
        services.AddReportEmail();
        return services;
    }

    /// <summary>Binds and validates the Metrics section; a bad value becomes one line naming the setting.</summary>
    public static MetricsOptions BindMetricsOptions(IConfiguration configuration) =>
        BindOptions(configuration, MetricsOptions.Section, new MetricsOptions(), o => o.FirstError());

    /// <summary>Binds and validates the Email section; a bad value becomes one line naming the setting.</summary>
    public static EmailOptions BindEmailOptions(IConfiguration configuration) =>
        BindOptions(configuration, EmailOptions.Section, new EmailOptions(), o => o.FirstError());

    /// <summary>Binds and validates the Jobs section (the web app's Hangfire); a bad value becomes one line naming the setting.</summary>
    public static JobsOptions BindJobsOptions(IConfiguration configuration) =>
        BindOptions(configuration, JobsOptions.Section, new JobsOptions(), o => o.FirstError());

    private static T BindOptions<T>(IConfiguration configuration, string section, T options, Func<T, string?> firstError)
    {
        SettingValues.Check<T>(configuration, section);
        configuration.GetSection(section).Bind(options);
        return firstError(options) is { } error ? throw new SettingsException(error) : options;
    }
}
