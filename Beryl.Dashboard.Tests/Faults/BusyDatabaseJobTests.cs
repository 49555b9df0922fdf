using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// Another program holds dashboard.db's write lock longer than the busy timeout while a Hangfire collection job
/// saves: the attempt fails with a message saying the database is locked, the day keeps its previous snapshot,
/// and Hangfire's automatic retry saves the whole new one once the lock is gone. The busy timeout is the
/// connection string's <c>Default Timeout</c>, one second here so the test does not wait the default 30 s.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BusyDatabaseJobTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();
    private JobStorage storage = default!;

    private string DashboardDb => app.Folder.File("dashboard.db");

    public Task InitializeAsync()
    {
        app.Settings["ConnectionStrings:Dashboard"] = $"Data Source={DashboardDb};Default Timeout=1";
        storage = app.StartWithJobs();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_lock_held_past_the_busy_timeout_fails_the_attempt_clearly_and_the_retry_saves_the_snapshot()
    {
        var day = Zurich.Today().AddDays(-1);
        var store = app.Services.GetRequiredService<SnapshotStore>();
        await TestUsers.AddAsync(app.Services, "first@example.org");
        await app.Services.GetRequiredService<MetricsCollector>().CollectAsync(day);
        var previous = (await store.LoadAsync([day]))[day];
        Assert.Equal(1, Value(previous, "users_total"));
        await TestUsers.AddAsync(app.Services, "new@example.org");

        string id;
        await using (await WriteLock.HoldAsync(DashboardDb))
        {
            id = app.Services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<CollectMetricsJob>(j => j.CollectDayAsync(day.ToString("yyyy-MM-dd"), null, CancellationToken.None));
            var retry = await RetryScheduledAsync(id);

            // Hangfire cuts the message to 50 characters in a retry's reason; the failure has it whole.
            Assert.Equal("Retry attempt 1 of 2: The dashboard database is locked by another conne…", retry);
            Assert.Equal("The dashboard database is locked by another connection (waited 1 s): the snapshot of " +
                $"{day:yyyy-MM-dd} was not saved, the day's previous snapshot is unchanged.", FailureMessage(id));
            var meanwhile = (await store.LoadAsync([day]))[day];
            Assert.Equal(previous.CollectedAt, meanwhile.CollectedAt);
            Assert.Equal(previous.Values.Count, meanwhile.Values.Count);
            Assert.Equal(1, Value(meanwhile, "users_total"));
        }

        await HangfireWait.SucceededAsync(storage, id);
        var snapshot = Assert.Single(await store.LoadAsync([day])).Value;
        Assert.Single(await store.ListAsync(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Equal(2, Value(snapshot, "users_total"));
        Assert.True(snapshot.CollectedAt > previous.CollectedAt);
        Assert.All(MetricCatalog.All.Where(m => !m.IsDistribution), m => Assert.Contains(snapshot.Values, v => v.Key == m.Key));
        using var connection = storage.GetConnection();
        Assert.Equal("1", connection.GetJobParameter(id, "RetryCount"));
    }

    /// <summary>Waits until the job's first attempt has failed and a retry is scheduled; returns that state's reason.</summary>
    private async Task<string> RetryScheduledAsync(string jobId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var history = storage.GetMonitoringApi().JobDetails(jobId)?.History ?? [];
            if (history.FirstOrDefault(h => h.StateName == ScheduledState.StateName) is { } scheduled)
                return scheduled.Reason;
            if (history.Any(h => h.StateName == SucceededState.StateName))
                throw new InvalidOperationException("The job succeeded although the database was locked.");
            await Task.Delay(100);
        }
        throw new TimeoutException($"Job {jobId} was not retried.");
    }

    /// <summary>The exception message of the job's failed attempt (kept in its state history).</summary>
    private string FailureMessage(string jobId) =>
        storage.GetMonitoringApi().JobDetails(jobId).History.Single(h => h.StateName == FailedState.StateName).Data["ExceptionMessage"];

    private static double? Value(MetricSnapshot snapshot, string key) => snapshot.Values.Single(v => v.Key == key && v.Label == "").Value;
}
