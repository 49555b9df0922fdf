using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// emails_*, marketing_opt_in/out: one grouped pass over django-post_office's queue (pending = queued, requeued or
/// not dispatched yet, NULL), one over active users (a user without a profile has not opted in).
/// </summary>
public sealed class EmailMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Email;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, p) = (beryl.Db, beryl.Period);
        DateTime c = p.CutOff, d1 = p.Start(MetricWindow.Day), d7 = p.Start(MetricWindow.Week), d30 = p.Start(MetricWindow.Month);
        var byStatus = await db.Emails.Where(e => e.Created < c).GroupBy(e => e.Status)
            .Select(g => new
            {
                Status = g.Key,
                Count = g.Count(),
                Created = new WindowCounts(g.Count(e => e.Created >= d1), g.Count(e => e.Created >= d7), g.Count(e => e.Created >= d30)),
            })
            .ToListAsync(ct);

        // Active users grouped by their consent: one pass with the profile LEFT JOINed (two rows come back).
        var marketing = await db.Users.Where(u => u.IsActive && u.DateJoined < c)
            .GroupBy(u => u.Profile != null && u.Profile.ReceiveMarketingEmails)
            .Select(g => new { OptIn = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var optIn = marketing.Where(m => m.OptIn).Sum(m => m.Count);
        var optOut = marketing.Where(m => !m.OptIn).Sum(m => m.Count);

        int Count(Func<short?, bool> status) => byStatus.Where(s => status(s.Status)).Sum(s => s.Count);
        values.Set("emails_total", byStatus.Sum(s => s.Count));
        values.Set("emails_pending", Count(s => s is null || BerylChoices.PendingEmailStatuses.Contains(s.Value)));
        values.Set("emails_sent", Count(s => s == BerylChoices.EmailSent));
        values.Set("emails_failed", Count(s => s == BerylChoices.EmailFailed));
        var failed = byStatus.Where(s => s.Status == BerylChoices.EmailFailed).ToList();
        values.SetWindows("emails_failed", failed.Select(s => s.Created).Aggregate(WindowCounts.None, (a, b) => a + b));
        values.Set("marketing_opt_in", optIn);
        values.Set("marketing_opt_out", optOut);
    }
}
