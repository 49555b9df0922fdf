using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>collections_total, collections_by_visibility, collections_created_*: one pass over collections.</summary>
public sealed class CollectionMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Collections;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        DateTime d1 = p.Start(MetricWindow.Day), d7 = p.Start(MetricWindow.Week), d30 = p.Start(MetricWindow.Month);

        var row = await db.Collections.LiveAt(p.CutOff).GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Private = g.Count(x => x.Visibility == Visibility.Private),
            Unlisted = g.Count(x => x.Visibility == Visibility.Unlisted),
            Public = g.Count(x => x.Visibility == Visibility.Public),
            Created1 = g.Count(x => x.Created >= d1),
            Created7 = g.Count(x => x.Created >= d7),
            Created30 = g.Count(x => x.Created >= d30),
        }).SingleOrDefaultAsync(ct);

        values.Set("collections_total", row?.Total ?? 0);
        values.SetDistribution("collections_by_visibility", new Dictionary<string, double>
        {
            [MetricCatalog.LabelOf(Visibility.Private)] = row?.Private ?? 0,
            [MetricCatalog.LabelOf(Visibility.Unlisted)] = row?.Unlisted ?? 0,
            [MetricCatalog.LabelOf(Visibility.Public)] = row?.Public ?? 0,
        });
        values.SetWindows("collections_created", w => w switch
        {
            MetricWindow.Day => row?.Created1 ?? 0,
            MetricWindow.Week => row?.Created7 ?? 0,
            _ => row?.Created30 ?? 0,
        });
    }
}
