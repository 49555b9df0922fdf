using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Jobs;

public static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire on its own SQLite file (hangfire.db in the data folder), with a small worker pool.</summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services, JobsOptions options)
    {
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseSQLiteStorage(provider.GetRequiredService<DataFolder>().File("hangfire.db"), new SQLiteStorageOptions
            {
                // A "Collect now" click should start within about a second, not the default 15 s.
                QueuePollInterval = TimeSpan.FromSeconds(1),
                // A job whose process died is run again after this (the storage's default is 30 min).
                InvisibilityTimeout = options.InvisibilityTimeout,
            }));
        services.AddHangfireServer(options =>
        {
            // SQLite has one writer at a time: a couple of workers is plenty for a nightly job and the odd click.
            options.WorkerCount = 2;
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddSingleton<CollectNowService>();
        return services;
    }

    /// <summary>Registers the nightly collection and maps the Hangfire dashboard for admins.</summary>
    public static WebApplication UseDashboardJobs(this WebApplication app)
    {
        var zone = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Zone();
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<CollectMetricsJob>(
            CollectMetricsJob.RecurringId,
            job => job.CollectEndedDayAsync(null, CancellationToken.None),
            Cron.Daily(),
            new RecurringJobOptions { TimeZone = zone });

        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Beryl Dashboard jobs",
            AppPath = "/sys/metrics",
        }).RequireAuthorization(AdminAccess.Policy);
        return app;
    }
}
