using Beryl.Dashboard.Formats;
using System.Globalization;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Localization;

namespace Beryl.Dashboard.Jobs;

public static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire beside the dashboard's data: its own SQLite file (hangfire.db in the data folder), or the
    /// <c>hangfire</c> schema of the dashboard's PostgreSQL database, where every instance shares one queue and the
    /// nightly job runs once across all of them. A small worker pool either way.
    /// </summary>
    public static IServiceCollection AddDashboardJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, config) => UseStorage(config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings(), provider));
        services.AddHangfireServer(options =>
        {
            // SQLite has one writer at a time: a couple of workers is plenty for a nightly job and the odd click.
            options.WorkerCount = 2;
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddSingleton<CollectNowService>();
        return services;
    }

    private static void UseStorage(IGlobalConfiguration config, IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
        // A "Collect now" click should start within about a second, not the default 15 s; a job whose process
        // died is run again after the invisibility timeout (both storages default to 30 min).
        var poll = TimeSpan.FromSeconds(1);
        var databases = provider.GetRequiredService<DatabaseSettings>();
        if (databases.Provider == DatabaseProvider.Postgres)
            config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(databases.Dashboard), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                QueuePollInterval = poll,
                InvisibilityTimeout = options.InvisibilityTimeout,
            });
        else
            config.UseSQLiteStorage(provider.GetRequiredService<DataFolder>().File("hangfire.db"), new SQLiteStorageOptions
            {
                QueuePollInterval = poll,
                InvisibilityTimeout = options.InvisibilityTimeout,
            });
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

        // Hangfire's pages write dates in the request's culture, the invariant one under a C locale (lang="iv", month
        // first): British English with ISO dates gives lang="en", 2026-12-04 and a 24-hour clock.
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone();
        culture.DateTimeFormat.ShortDatePattern = IsoDay.Format;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DashboardPath),
            branch => branch.UseRequestLocalization(new RequestLocalizationOptions { DefaultRequestCulture = new RequestCulture(culture) }));
        app.UseHangfireCommandMethods(DashboardPath);
        app.UseHangfireJobIds(DashboardPath);
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "Beryl Dashboard jobs",
            AppPath = DashboardUrls.MetricsPage,
        }).RequireAuthorization(AdminAccess.Policy);
        return app;
    }
}
