using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>users_total, users_active_*, users_new_*: one pass over users, one over the sign-ins of 30 days.</summary>
public sealed class UserMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Users;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        DateTime c = p.CutOff, d1 = p.Start(MetricWindow.Day), d7 = p.Start(MetricWindow.Week), d30 = p.Start(MetricWindow.Month);

        var users = await db.Users.Where(u => u.DateJoined < c).GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            New1 = g.Count(u => u.DateJoined >= d1),
            New7 = g.Count(u => u.DateJoined >= d7),
            New30 = g.Count(u => u.DateJoined >= d30),
        }).SingleOrDefaultAsync(ct);

        // Each user's latest sign-in in the month window, then counted per window.
        var lastSignIns = db.UserLogins.Where(l => l.At >= d30 && l.At < c)
            .GroupBy(l => l.UserId).Select(g => new { Last = g.Max(l => l.At) });
        var active = await lastSignIns.GroupBy(_ => 1).Select(g => new
        {
            Active1 = g.Count(x => x.Last >= d1),
            Active7 = g.Count(x => x.Last >= d7),
            Active30 = g.Count(),
        }).SingleOrDefaultAsync(ct);

        values.Set("users_total", users?.Total ?? 0);
        values.SetWindows("users_new", w => w switch
        {
            MetricWindow.Day => users?.New1 ?? 0,
            MetricWindow.Week => users?.New7 ?? 0,
            _ => users?.New30 ?? 0,
        });
        values.SetWindows("users_active", w => w switch
        {
            MetricWindow.Day => active?.Active1 ?? 0,
            MetricWindow.Week => active?.Active7 ?? 0,
            _ => active?.Active30 ?? 0,
        });
    }
}
