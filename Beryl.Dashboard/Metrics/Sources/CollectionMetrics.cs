using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>collections_total, collections_by_visibility: one pass over live collections; collections_created_*: the rows created (<see cref="CreatedRows"/>).</summary>
public sealed class CollectionMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Collections;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, p) = (beryl.Db, beryl.Period);

        // Per stored visibility, so a value a newer Beryl adds is counted under its own label.
        var rows = await db.Collections.LiveAt(p.CutOff).GroupBy(x => x.Visibility).Select(g => new
        {
            Visibility = g.Key,
            Total = g.Count(),
        }).ToListAsync(ct);

        values.Set("collections_total", rows.Sum(r => r.Total));
        values.SetDistribution("collections_by_visibility",
            rows.Select(r => KeyValuePair.Create(MetricCatalog.LabelOf(r.Visibility), (double)r.Total)));
        await CreatedRows.SetAsync(values, "collections_created", db.Collections, beryl, ct);
    }
}
