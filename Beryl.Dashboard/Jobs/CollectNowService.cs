using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Jobs;

/// <summary>Where "Collect now" stands: running with its progress, or finished with a result or an error.</summary>
public sealed record CollectNowState(bool IsRunning, CollectionProgress? Progress, CollectionResult? Result, string? Error)
{
    public static readonly CollectNowState Idle = new(false, null, null, null);
}

/// <summary>
/// Runs "Collect now" (today so far) in the background so the page never blocks, one at a time, and tells
/// every open page how it goes.
/// </summary>
public sealed class CollectNowService(IServiceProvider services, BusinessCalendar calendar, TimeProvider clock, ILogger<CollectNowService> logger)
{
    private readonly Lock gate = new();
    private CollectNowState state = CollectNowState.Idle;

    public CollectNowState State
    {
        get { lock (gate) return state; }
    }

    /// <summary>Raised (on a background thread) whenever <see cref="State"/> changes.</summary>
    public event Action<CollectNowState>? Changed;

    /// <summary>Starts a collection of today unless one is running; returns false when one already was.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (state.IsRunning)
                return false;
            state = new CollectNowState(true, new CollectionProgress(0, 1, "Starting"), null, null);
        }
        Publish();
        _ = Task.Run(RunAsync);
        return true;
    }

    private async Task RunAsync()
    {
        try
        {
            var collector = services.GetRequiredService<MetricsCollector>();
            var progress = new Progress(this);
            var result = await collector.CollectAsync(calendar.DayOf(clock.GetUtcNow()), progress);
            Set(new CollectNowState(false, null, result, null));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Collect now failed");
            Set(new CollectNowState(false, null, null, e.Message));
        }
    }

    private void Set(CollectNowState next)
    {
        lock (gate)
            state = next;
        Publish();
    }

    private void Publish() => Changed?.Invoke(State);

    /// <summary>Reports synchronously (unlike <see cref="Progress{T}"/>), so steps arrive in order.</summary>
    private sealed class Progress(CollectNowService owner) : IProgress<CollectionProgress>
    {
        public void Report(CollectionProgress value) => owner.Set(owner.State with { Progress = value });
    }
}
