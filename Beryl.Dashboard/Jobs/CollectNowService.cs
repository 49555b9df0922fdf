using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// "Collect now" as a Hangfire job: starts a collection of today unless one is already queued or running
/// (on any instance: the current job id lives in Hangfire's storage, under a distributed lock), and reads
/// that job's state and progress for the page.
/// </summary>
public sealed class CollectNowService(IBackgroundJobClient jobs, JobStorage storage, BusinessCalendar calendar, TimeProvider clock)
{
    private const string CurrentJobHash = "beryl:collect-now";
    private const string JobIdField = "job-id";
    private const string KindField = "kind";

    /// <summary>Starts a collection of today, or returns the job already queued or running; returns its job id.</summary>
    public string Start() => StartUnlessRunning(PageJob.CollectToday, () =>
    {
        var today = IsoDay.Text(calendar.DayOf(clock.GetUtcNow()));
        return jobs.Enqueue<CollectMetricsJob>(job => job.CollectDayAsync(today, null, CancellationToken.None));
    });

    /// <summary>Starts building the history (import, then backfill), or returns the job already queued or running.</summary>
    public string StartHistoryBuild() => StartUnlessRunning(PageJob.BuildHistory,
        () => jobs.Enqueue<BuildHistoryJob>(job => job.BuildAsync(null, CancellationToken.None)));

    private string StartUnlessRunning(PageJob kind, Func<string> enqueue)
    {
        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock(CurrentJobHash, TimeSpan.FromSeconds(30)))
        {
            if (Current(connection) is ({ } current, _) && IsRunning(connection.GetStateData(current)))
                return current;
            var id = enqueue();
            connection.SetRangeInHash(CurrentJobHash, [new(JobIdField, id), new(KindField, kind.ToString())]);
            return id;
        }
    }

    /// <summary>The state of the latest "Collect now" job.</summary>
    public CollectNowState Read()
    {
        using var connection = storage.GetConnection();
        if (Current(connection) is not ({ } id, var kind))
            return CollectNowState.Idle;
        var state = connection.GetStateData(id);
        var progress = connection.GetJobParameter(id, CollectMetricsJob.ProgressParameter) is { } json
            ? SerializationHelper.Deserialize<CollectionProgress>(json)
            : null;
        if (state is null)
            return CollectNowState.Idle;
        if (state.Name == SucceededState.StateName)
            return new(id, false, null, Unquote(Field(state, "Result")), null, kind);
        if (state.Name == FailedState.StateName)
            return new(id, false, null, null, Field(state, "ExceptionMessage") ?? state.Reason, kind);
        if (state.Name == DeletedState.StateName)
            return new(id, false, null, null, "The collection job was deleted.", kind);
        if (state.Name == ScheduledState.StateName)
            // Scheduled after a failure means a retry is coming: say why the last attempt failed.
            return new(id, true, progress, null, state.Reason, kind);
        return new(id, true, progress ?? new CollectionProgress(0, 1, "Waiting for a worker"), null, null, kind);
    }

    private static string? Field(StateData state, string name) => state.Data.TryGetValue(name, out var value) ? value : null;

    /// <summary>The page's current job and what it does; a job started before kinds were stored collects today.</summary>
    private static (string? Id, PageJob Kind) Current(IStorageConnection connection)
    {
        var entries = connection.GetAllEntriesFromHash(CurrentJobHash);
        var kind = Enum.TryParse<PageJob>(entries?.GetValueOrDefault(KindField), out var k) ? k : PageJob.CollectToday;
        return (entries?.GetValueOrDefault(JobIdField), kind);
    }

    private static bool IsRunning(StateData? state) =>
        state is not null && (state.Name == EnqueuedState.StateName || state.Name == ProcessingState.StateName
                              || state.Name == ScheduledState.StateName || state.Name == AwaitingState.StateName);

    /// <summary>Hangfire stores a job's return value serialised: a string comes back in quotes.</summary>
    private static string? Unquote(string? json) => json is null ? null : SerializationHelper.Deserialize<string>(json);
}
