using System.Globalization;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Faults;
using Beryl.Dashboard.Tests.Support;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Jobs;

/// <summary>The collection jobs on Hangfire's real SQLite storage, run by the app's own Hangfire server.</summary>
[Collection(AppCollection.Name)]
public sealed class CollectionJobTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();
    private JobStorage storage = default!;

    public async Task InitializeAsync()
    {
        storage = app.StartWithJobs();
        // A Beryl with a user since January: a collection of a Beryl without any is refused.
        await TestUsers.AddAsync(app.Services, "founder@beryl.test");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public void The_nightly_collection_is_registered_for_midnight_in_Zurich()
    {
        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == CollectMetricsJob.RecurringId);

        Assert.Equal("0 0 * * *", job.Cron);
        Assert.Equal("Europe/Zurich", job.TimeZoneId);
        var zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var nextMidnight = Zurich.Today().AddDays(1).ToDateTime(TimeOnly.MinValue);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(nextMidnight, zurich), job.NextExecution);
    }

    [Fact]
    public async Task Two_collections_of_the_same_day_started_together_give_one_snapshot()
    {
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var day = Zurich.Today().AddDays(-1).ToString("yyyy-MM-dd");

        var first = jobs.Enqueue<CollectMetricsJob>(j => j.CollectDayAsync(day, null, CancellationToken.None));
        var second = jobs.Enqueue<CollectMetricsJob>(j => j.CollectDayAsync(day, null, CancellationToken.None));

        await HangfireWait.SucceededAsync(storage, first);
        await HangfireWait.SucceededAsync(storage, second);
        var snapshots = await app.Services.GetRequiredService<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.Equal(DateOnly.Parse(day), Assert.Single(snapshots).Day);
    }

    [Fact]
    public async Task Build_the_history_runs_as_a_job_whose_result_says_what_the_history_can_show()
    {
        var collectNow = app.Services.GetRequiredService<CollectNowService>();

        var id = collectNow.StartHistoryBuild();
        await HangfireWait.SucceededAsync(storage, id);

        var state = collectNow.Read();
        Assert.Equal((id, PageJob.BuildHistory, false), (state.JobId, state.Kind, state.IsRunning));
        // The app's Beryl has no web_dailymetrics rows: nothing imported, then the past days rebuilt (or none to rebuild).
        var lines = state.Result!.Split('\n');
        Assert.Equal("Imported 0 days from Beryl's own collector, skipped 0.", lines[0]);
        Assert.StartsWith("Rebuilt ", lines[1]);
    }

    [Fact]
    public async Task Collect_now_runs_one_job_however_often_it_is_asked_and_reports_its_result()
    {
        var collectNow = app.Services.GetRequiredService<CollectNowService>();

        // Hold dashboard.db's write lock so the first collection cannot finish (it waits to save) while the
        // others ask: "one job" means one while it runs; an empty Beryl is collected in a blink.
        string[] ids;
        await using (await WriteLock.HoldAsync(app.Folder.File("dashboard.db")))
            ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(collectNow.Start)));

        var id = Assert.Single(ids.Distinct());
        await HangfireWait.SucceededAsync(storage, id);
        var state = collectNow.Read();
        Assert.False(state.IsRunning);
        Assert.StartsWith($"Collected {Zurich.Today():yyyy-MM-dd} (provisional): ", state.Result);
        var snapshots = await app.Services.GetRequiredService<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.True(Assert.Single(snapshots).IsProvisional);
    }

    [Fact]
    public async Task Under_a_thai_culture_collect_now_still_collects_today_in_the_gregorian_calendar()
    {
        var collectNow = app.Services.GetRequiredService<CollectNowService>();
        var culture = CultureInfo.CurrentCulture;
        string id;
        try
        {
            // The Thai culture's calendar is the Buddhist one: 2026 is 2569 there.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            id = collectNow.Start();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        using var connection = storage.GetConnection();
        Assert.Equal(Zurich.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), connection.GetJobData(id).Job.Args[0]);
        await HangfireWait.SucceededAsync(storage, id);
        var snapshots = await app.Services.GetRequiredService<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.Equal(Zurich.Today(), Assert.Single(snapshots).Day);
    }
}
