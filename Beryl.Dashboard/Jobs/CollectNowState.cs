using Beryl.Dashboard.Metrics;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Beryl.Dashboard.Jobs;

/// <summary>Where "Collect now" (or "Build the history") stands, read from its Hangfire job.</summary>
public sealed record CollectNowState(string? JobId, bool IsRunning, CollectionProgress? Progress, string? Result, string? Error,
    PageJob Kind = PageJob.CollectToday)
{
    public static readonly CollectNowState Idle = new(null, false, null, null, null);
}
