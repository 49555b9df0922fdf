using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.Server;

namespace Beryl.Dashboard.Jobs;

/// <summary>The page's "Build the history" (<see cref="HistoryBuilder"/>) as a Hangfire job, with progress; its result is what the history can show.</summary>
public sealed class BuildHistoryJob(HistoryBuilder builder)
{
    [JobDisplayName("Build the history")]
    [DisableConcurrentExecution(10 * 60)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30])]
    public async Task<string> BuildAsync(PerformContext? context, CancellationToken ct)
    {
        var build = await builder.BuildAsync(context is null ? null : new JobParameterProgress(context), ct);
        return string.Join("\n", build.Lines());
    }
}
