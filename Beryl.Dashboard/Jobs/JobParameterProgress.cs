using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics;
using Hangfire.Server;

namespace Beryl.Dashboard.Jobs;

/// <summary>Writes progress where any dashboard instance can read it: the job's parameters in Hangfire's storage.</summary>
internal sealed class JobParameterProgress(PerformContext context) : IProgress<CollectionProgress>
{
    public void Report(CollectionProgress value) => context.SetJobParameter(CollectMetricsJob.ProgressParameter, value);
}
