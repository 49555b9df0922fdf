using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Hangfire;
using Hangfire.States;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// The app (Kestrel, a child process) killed while its Hangfire server runs a collection of the big Beryl, then
/// started again on the same data folder: the job is taken again once its invisibility timeout has passed (the
/// storage re-queues a job whose worker never finished it), completes, and the day has exactly one snapshot.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RestartDuringJobTests
{
    /// <summary>
    /// Short, so the test does not wait the product's 5 minutes; longer than the 30 s after which the dead
    /// process's DisableConcurrentExecution lock expires, so the re-run does not wait for it (it would, then pass).
    /// </summary>
    private static readonly Dictionary<string, string> Settings = new() { ["Jobs__InvisibilityTimeoutSeconds"] = "40" };

    [Fact]
    public async Task A_collection_job_cut_off_by_a_restart_runs_again_after_it_and_the_day_has_one_snapshot()
    {
        // The test's own services read dashboard.db; they own the folder and delete it at the end.
        await using var services = await BigBeryl.NewServicesAsync();
        using var hangfire = AppHangfire.Open(services.Folder.File("hangfire.db"));
        string id;

        await using (var app = await RunningDashboard.StartAsync(services.Folder, Settings))
        {
            id = new BackgroundJobClient(hangfire).Enqueue<CollectMetricsJob>(
                j => j.CollectDayAsync(BigBeryl.Day.ToString("yyyy-MM-dd"), null, CancellationToken.None));
            await WaitUntilCollectingAsync(hangfire, id);
            await app.KillAsync();
        }

        // Nothing finished the job: it is still "processing", on a server that is gone, and nothing was saved.
        Assert.Equal(ProcessingState.StateName, State(hangfire, id));
        Assert.Empty(await services.Get<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue));

        await using (await RunningDashboard.StartAsync(services.Folder, Settings))
            await HangfireWait.SucceededAsync(hangfire, id, TimeSpan.FromMinutes(4));

        var stored = await services.Get<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.Equal(BigBeryl.Day, Assert.Single(stored).Day);
        var snapshot = (await services.Get<SnapshotStore>().LoadAsync([BigBeryl.Day]))[BigBeryl.Day];
        Assert.Equal(BigBeryl.Items, snapshot.Values.Single(v => v.Key == "items_total").Value);
        Assert.All(MetricCatalog.All.Where(m => !m.IsDistribution), m => Assert.Contains(snapshot.Values, v => v.Key == m.Key));
        Assert.Equal(BigBeryl.Attributes, snapshot.Values.Count(v => v.Key == "attribute_usage"));
    }

    /// <summary>Waits until the job runs and has reported its first step: it is half-way, with seconds to go.</summary>
    private static async Task WaitUntilCollectingAsync(JobStorage storage, string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            using (var connection = storage.GetConnection())
                if (connection.GetJobParameter(id, CollectMetricsJob.ProgressParameter) is not null)
                {
                    Assert.Equal(ProcessingState.StateName, connection.GetStateData(id).Name);
                    return;
                }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Job {id} did not start collecting.");
    }

    private static string State(JobStorage storage, string id)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(id).Name;
    }
}
