using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything the web app and the CLI share: settings, databases, catalog sources, collector, report.</summary>
    public static IServiceCollection AddBerylDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var metrics = BindMetricsOptions(configuration);
        var data = DataFolder.From(configuration);
        services.AddSingleton(data);
        services.AddSingleton(Options.Create(metrics));
        services.AddSingleton(TimeProvider.System);

        var berylDb = configuration.GetConnectionString("Beryl") ?? data.SqliteConnectionString("beryl.db");
        var dashboardDb = configuration.GetConnectionString("Dashboard") ?? data.SqliteConnectionString("dashboard.db");
        services.AddDbContextFactory<BerylDbContext>(o => o.UseSqlite(berylDb));
        services.AddDbContextFactory<DashboardDbContext>(o => o.UseSqlite(dashboardDb));

        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<ReportBuilder>();
        services.AddTransient<MetricsCollector>();
        services.AddSingleton<DatabaseMigrator>();
        foreach (var source in typeof(IMetricSource).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMetricSource).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IMetricSource), source);
        return services;
    }

    /// <summary>Binds and validates the Metrics section; a bad value becomes one line naming the setting.</summary>
    public static MetricsOptions BindMetricsOptions(IConfiguration configuration)
    {
        var options = new MetricsOptions();
        try
        {
            configuration.GetSection(MetricsOptions.Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException($"Invalid setting: {e.Message}");
        }
        return options.FirstError() is { } error ? throw new SettingsException(error) : options;
    }
}
