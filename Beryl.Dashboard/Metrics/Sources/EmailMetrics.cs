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

        var marketing = await db.Users.Where(u => u.IsActive && u.DateJoined < c).GroupBy(_ => 1).Select(g => new
        {
            Active = g.Count(),
            OptIn = g.Count(u => u.Profile != null && u.Profile.ReceiveMarketingEmails),
        }).SingleOrDefaultAsync(ct);

        values.Set("emails_total", byStatus.Values.Sum());
        values.Set("emails_pending", byStatus.GetValueOrDefault(EmailStatus.Pending));
        values.Set("emails_sent", byStatus.GetValueOrDefault(EmailStatus.Sent));
        values.Set("emails_failed", byStatus.GetValueOrDefault(EmailStatus.Failed));
        values.Set("marketing_opt_in", marketing?.OptIn ?? 0);
        values.Set("marketing_opt_out", (marketing?.Active ?? 0) - (marketing?.OptIn ?? 0));
    }
}
