using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>collections_total, collections_by_visibility, collections_created_*: one pass over collections.</summary>
public sealed class CollectionMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Collections;

    public async Task CollectAsync(BerylPasses beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, p) = (beryl.Db, beryl.Period);
        DateTime d1 = p.Start(MetricWindow.Day), d7 = p.Start(MetricWindow.Week), d30 = p.Start(MetricWindow.Month);

        // Per stored visibility, so a value a newer Beryl adds is counted under its own label.
        var rows = await db.Collections.LiveAt(p.CutOff).GroupBy(x => x.Visibility).Select(g => new
        {
            Visibility = g.Key,
            Total = g.Count(),
            Created1 = g.Count(x => x.Created >= d1),
            Created7 = g.Count(x => x.Created >= d7),
            Created30 = g.Count(x => x.Created >= d30),
        }).ToListAsync(ct);

        values.Set("collections_total", rows.Sum(r => r.Total));
        values.SetDistribution("collections_by_visibility",
            rows.Select(r => KeyValuePair.Create(MetricCatalog.LabelOf(r.Visibility), (double)r.Total)));
        values.SetWindows("collections_created", w => rows.Sum(r => w switch
        {
            MetricWindow.Day => r.Created1,
            MetricWindow.Week => r.Created7,
            _ => r.Created30,
        }));
    }
}
