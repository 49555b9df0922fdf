using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Email;
using Hangfire;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// Mails a day's report to Beryl's superusers. A retry after a partial failure mails only those who did not
/// get it: the mailer remembers every delivery per (day, recipient).
/// </summary>
public sealed class SendDailyReportJob(DailyReportMailer mailer)
{
    [JobDisplayName("Send the daily report of {0}")]
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = [60, 300, 900, 3600])]
    public async Task<string> SendAsync(string day, CancellationToken ct)
    {
        var summary = await mailer.SendAsync(IsoDay.Parse(day), ct);
        return summary.Line;
    }
}
