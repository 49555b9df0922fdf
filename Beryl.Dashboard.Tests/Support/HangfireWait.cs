using Hangfire;
using Hangfire.States;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>Waits for Hangfire jobs to reach a final state (a generous timeout guards against hangs, it is not a speed goal).</summary>
public static class HangfireWait
{
    /// <summary>The final state's name; for a failure, with the exception, so a test failure says why.</summary>
    public static async Task<string> FinalStateAsync(JobStorage storage, string jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (DateTime.UtcNow < deadline)
        {
            using (var connection = storage.GetConnection())
            {
                var state = connection.GetStateData(jobId);
                if (state?.Name == FailedState.StateName)
                    return $"{state.Name}: {state.Data["ExceptionType"]}: {state.Data["ExceptionMessage"]}";
                if (state?.Name == SucceededState.StateName || state?.Name == DeletedState.StateName)
                    return state.Name;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Job {jobId} did not finish.");
    }

    /// <summary>Waits for the job and fails the test with Hangfire's reason unless it succeeded.</summary>
    public static async Task SucceededAsync(JobStorage storage, string jobId, TimeSpan? timeout = null)
    {
        var state = await FinalStateAsync(storage, jobId, timeout);
        Assert.True(state == SucceededState.StateName, $"Job {jobId} ended {state}");
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test naming <paramref name="what"/> when it never does.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Still waiting for {what}.");
            await Task.Delay(200);
        }
    }
}
