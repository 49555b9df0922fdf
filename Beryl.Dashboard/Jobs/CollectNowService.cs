using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Beryl.Dashboard.Jobs;

/// <summary>Where "Collect now" stands, read from its Hangfire job.</summary>
public sealed record CollectNowState(string? JobId, bool IsRunning, CollectionProgress? Progress, string? Result, string? Error)
{
    public static readonly CollectNowState Idle = new(null, false, null, null, null);
}

/// <summary>
/// "Collect now" as a Hangfire job: starts a collection of today unless one is already queued or running
/// (on any instance: the current job id lives in Hangfire's storage, under a distributed lock), and reads
/// that job's state and progress for the page.
/// </summary>
public sealed class CollectNowService(IBackgroundJobClient jobs, JobStorage storage, BusinessCalendar calendar, TimeProvider clock)
{
    private const string CurrentJobHash = "beryl:collect-now";
    private const string JobIdField = "job-id";

    /// <summary>Starts a collection of today, or returns the one already queued or running; returns its job id.</summary>
    public string Start()
    {
        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock(CurrentJobHash, TimeSpan.FromSeconds(30)))
        {
            if (CurrentJobId(connection) is { } current && IsRunning(connection.GetStateData(current)))
                return current;
            var today = calendar.DayOf(clock.GetUtcNow()).ToString("yyyy-MM-dd");
            var id = jobs.Enqueue<CollectMetricsJob>(job => job.CollectDayAsync(today, null, CancellationToken.None));
            connection.SetRangeInHash(CurrentJobHash, [new(JobIdField, id)]);
            return id;
        }
    }

    /// <summary>The state of the latest "Collect now" job.</summary>
    public CollectNowState Read()
    {
        using var connection = storage.GetConnection();
        if (CurrentJobId(connection) is not { } id)
            return CollectNowState.Idle;
        var state = connection.GetStateData(id);
        var progress = connection.GetJobParameter(id, CollectMetricsJob.ProgressParameter) is { } json
            ? SerializationHelper.Deserialize<CollectionProgress>(json)
            : null;
        if (state is null)
            return CollectNowState.Idle;
        if (state.Name == SucceededState.StateName)
            return new(id, false, null, Unquote(Field(state, "Result")), null);
        if (state.Name == FailedState.StateName)
            return new(id, false, null, null, Field(state, "ExceptionMessage") ?? state.Reason);
        if (state.Name == DeletedState.StateName)
            return new(id, false, null, null, "The collection job was deleted.");
        if (state.Name == ScheduledState.StateName)
            // Scheduled after a failure means a retry is coming: say why the last attempt failed.
            return new(id, true, progress, null, state.Reason);
        return new(id, true, progress ?? new CollectionProgress(0, 1, "Waiting for a worker"), null, null);
    }

    private static string? Field(StateData state, string name) => state.Data.TryGetValue(name, out var value) ? value : null;

    private static string? CurrentJobId(IStorageConnection connection) =>
        connection.GetAllEntriesFromHash(CurrentJobHash)?.GetValueOrDefault(JobIdField);

    private static bool IsRunning(StateData? state) =>
        state is not null && (state.Name == EnqueuedState.StateName || state.Name == ProcessingState.StateName
                              || state.Name == ScheduledState.StateName || state.Name == AwaitingState.StateName);

    /// <summary>Hangfire stores a job's return value serialised: a string comes back in quotes.</summary>
    private static string? Unquote(string? json) => json is null ? null : SerializationHelper.Deserialize<string>(json);
}
