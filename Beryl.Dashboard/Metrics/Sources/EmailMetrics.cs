using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>emails_*, marketing_opt_in/out: one grouped pass over the mail log, one over active users.</summary>
public sealed class EmailMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Email;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        var c = p.CutOff;
        var byStatus = await db.EmailMessages.Where(e => e.Created < c).GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);

        // Active users grouped by their consent: one pass with the profile LEFT JOINed (two rows come back).
        var marketing = await db.Users.Where(u => u.IsActive && u.DateJoined < c)
            .GroupBy(u => u.Profile != null && u.Profile.ReceiveMarketingEmails)
            .Select(g => new { OptIn = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var optIn = marketing.Where(m => m.OptIn).Sum(m => m.Count);
        var optOut = marketing.Where(m => !m.OptIn).Sum(m => m.Count);

        values.Set("emails_total", byStatus.Values.Sum());
        values.Set("emails_pending", byStatus.GetValueOrDefault(EmailStatus.Pending));
        values.Set("emails_sent", byStatus.GetValueOrDefault(EmailStatus.Sent));
        values.Set("emails_failed", byStatus.GetValueOrDefault(EmailStatus.Failed));
        values.Set("marketing_opt_in", optIn);
        values.Set("marketing_opt_out", optOut);
    }
}
