using Beryl.Dashboard.Email;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Rows;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics.Timeline;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything the web app and the CLI share: settings, databases, catalog sources, collector, report, report email.</summary>
    public static IServiceCollection AddBerylDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettingsSection<MetricsOptions>(configuration);
        services.AddSettingsSection<EmailOptions>(configuration);
        // Jobs settings are the web app's, but the CLI refuses a bad one the same way.
        services.AddSettingsSection<JobsOptions>(configuration);
        services.AddSingleton(new AdminLinks(services.AddSettingsSection<BerylAdminOptions>(configuration).AdminUrl));
        var data = DataFolder.From(configuration);
        services.AddSingleton(data);
        services.AddSingleton(TimeProvider.System);

        services.AddDatabases(DatabaseSettings.From(configuration, data));

        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<NoteStore>();
        services.AddSingleton<ReportComposer>();
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<ReportCache>();
        services.AddSingleton<BerylReleases>();
        services.AddSingleton<RowReader>();
        services.AddSingleton<RowText>();
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
}
