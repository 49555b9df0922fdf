using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// favorite_items_total, items_with_*_pct, avg_attributes_per_item, avg_items_per_collection: one count of
/// live items, one pass per child table (images, links, attribute values) grouped by item, one count of collections.
/// </summary>
public sealed class EngagementMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Engagement;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        var c = p.CutOff;
        var liveItems = db.CollectionItems.LiveAt(c);

        var byStatus = await liveItems.GroupBy(i => i.Status).Select(g => new
        {
            Total = g.Count(),
            Favourites = g.Count(i => i.IsFavorite),
        }).ToListAsync(ct);

        // "Items with at least one X": each table's live rows (their item and its collection live too) grouped by item.
        var withImages = await db.CollectionItemImages.LiveAt(c).GroupBy(im => im.ItemId).Select(g => g.Key).CountAsync(ct);
        var withLinks = await db.Links.LiveAt(c).GroupBy(l => l.ItemId).Select(g => g.Key).CountAsync(ct);
        var attributes = await db.AttributeValues.LiveAt(c).GroupBy(v => v.ItemId)
            .Select(g => new { ItemId = g.Key, Values = g.Count() })
            .GroupBy(_ => 1).Select(g => new { Items = g.Count(), Values = g.Sum(x => x.Values) })
            .SingleOrDefaultAsync(ct);
        var collections = await db.Collections.LiveAt(c).CountAsync(ct);

        double total = byStatus.Sum(s => s.Total);
        values.Set("favorite_items_total", byStatus.Sum(s => s.Favourites));
        values.Set("items_with_images_pct", LiveRows.Percent(withImages, total));
        values.Set("items_with_attributes_pct", LiveRows.Percent(attributes?.Items ?? 0, total));
        values.Set("items_with_links_pct", LiveRows.Percent(withLinks, total));
        values.Set("avg_attributes_per_item", LiveRows.Ratio(attributes?.Values ?? 0, total));
        values.Set("avg_items_per_collection", LiveRows.Ratio(total, collections));
    }
}
