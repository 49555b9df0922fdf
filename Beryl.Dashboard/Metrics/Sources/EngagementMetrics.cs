using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// favorite_items_total, items_with_*_pct, avg_attributes_per_item, avg_items_per_collection: from the shared passes
/// over items, attribute values and links, one pass over image rows grouped by item, and one count of collections.
/// </summary>
public sealed class EngagementMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Engagement;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, c) = (beryl.Db, beryl.Period.CutOff);
        var items = await beryl.ItemsAsync(ct);
        var attributes = await beryl.AttributeValuesAsync(ct);
        var links = await beryl.LinksAsync(ct);
        // "Items with at least one image": live image rows (their item and its collection live too) grouped by item.
        var withImages = await db.CollectionItemImages.LiveAt(c).GroupBy(im => im.ItemId).Select(g => g.Key).CountAsync(ct);
        var collections = await db.Collections.LiveAt(c).CountAsync(ct);

        double total = items.Sum(g => g.Count);
        values.Set("favorite_items_total", items.Sum(g => g.Favourites));
        values.Set("items_with_images_pct", LiveRows.Percent(withImages, total));
        values.Set("items_with_attributes_pct", LiveRows.Percent(attributes.ItemsWithValues, total));
        values.Set("items_with_links_pct", LiveRows.Percent(links.ItemsWithLinks, total));
        values.Set("avg_attributes_per_item", LiveRows.Ratio(attributes.Values, total));
        values.Set("avg_items_per_collection", LiveRows.Ratio(total, collections));
    }
}
