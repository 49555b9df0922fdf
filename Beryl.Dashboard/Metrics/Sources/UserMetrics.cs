using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// users_total, users_active_*, users_new_*: one pass over users. Active means the latest sign-in (Beryl keeps only
/// <c>last_login</c>) is in the window: a user who signed in again after the cut-off is missed, which the grace
/// minutes bound.
/// </summary>
public sealed class UserMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Users;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, p) = (beryl.Db, beryl.Period);
        DateTime c = p.CutOff, d1 = p.Start(MetricWindow.Day), d7 = p.Start(MetricWindow.Week), d30 = p.Start(MetricWindow.Month);

        var users = await db.Users.Where(u => u.DateJoined < c).GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            New = new WindowCounts(g.Count(u => u.DateJoined >= d1), g.Count(u => u.DateJoined >= d7), g.Count(u => u.DateJoined >= d30)),
            Active = new WindowCounts(g.Count(u => u.LastLogin >= d1 && u.LastLogin < c), g.Count(u => u.LastLogin >= d7 && u.LastLogin < c),
                g.Count(u => u.LastLogin >= d30 && u.LastLogin < c)),
        }).SingleOrDefaultAsync(ct);

        values.Set("users_total", users?.Total ?? 0);
        values.SetWindows("users_new", users?.New ?? WindowCounts.None, await beryl.TodaySoFarAsync(db.Users.Select(u => u.DateJoined), ct));
        values.SetWindows("users_active", users?.Active ?? WindowCounts.None);
    }
}
