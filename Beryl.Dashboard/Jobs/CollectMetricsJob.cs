using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics;
using Hangfire;
using Hangfire.Server;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// The Hangfire jobs that collect snapshots. Arguments are plain values (a day as YYYY-MM-DD) so the
/// Hangfire dashboard shows them and a retry replays them; collecting a day again simply replaces it.
/// </summary>
public sealed class CollectMetricsJob(
    MetricsCollector collector, BusinessCalendar calendar, TimeProvider clock, DailyReportMailer mailer, IBackgroundJobClient jobs)
{
    /// <summary>The recurring job's id in Hangfire (and its name on the dashboard).</summary>
    public const string RecurringId = "collect-daily-metrics";

    /// <summary>The job parameter where a running collection writes its <see cref="CollectionProgress"/>.</summary>
    public const string ProgressParameter = "progress";

    /// <summary>Lock timeout: a second collection waits this long for the first, then fails and is retried.</summary>
    private const int WaitForOtherCollectionSeconds = 10 * 60;

    /// <summary>
    /// The nightly run at 00:00 in the business zone: collects the day that has just ended, then (when email
    /// is enabled) queues the report of that day as its own job, so a mail failure retries only the mail.
    /// </summary>
    [JobDisplayName("Collect the day that has just ended")]
    [DisableConcurrentExecution(WaitForOtherCollectionSeconds)]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [30, 120, 600])]
    public async Task<string> CollectEndedDayAsync(PerformContext? context, CancellationToken ct)
    {
        var day = calendar.DayOf(clock.GetUtcNow()).AddDays(-1);
        var summary = await CollectAsync(day, context, ct);
        if (mailer.IsEnabled)
        {
            var dayText = IsoDay.Text(day);
            jobs.Enqueue<SendDailyReportJob>(job => job.SendAsync(dayText, CancellationToken.None));
        }
        return summary;
    }

    /// <summary>Collects one day (today from "Collect now").</summary>
    [JobDisplayName("Collect {0}")]
    [DisableConcurrentExecution(WaitForOtherCollectionSeconds)]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [5, 30])]
    public Task<string> CollectDayAsync(string day, PerformContext? context, CancellationToken ct) =>
        CollectAsync(IsoDay.Parse(day), context, ct);

    private async Task<string> CollectAsync(DateOnly day, PerformContext? context, CancellationToken ct)
    {
        var progress = context is null ? null : new JobParameterProgress(context);
        var result = await collector.CollectAsync(day, progress, ct);
        return result.Summary;
    }
}
