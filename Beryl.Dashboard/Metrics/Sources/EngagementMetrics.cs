using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// favorite_items_total, items_with_*_pct, avg_attributes_per_item, avg_items_per_collection: one pass
/// over live items with existence checks, one count of attribute values, one of collections.
/// </summary>
public sealed class EngagementMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Engagement;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        var c = p.CutOff;
        var images = db.CollectionItemImages.LiveAt(c);
        var attributeValues = db.AttributeValues.LiveAt(c);
        var links = db.Links.LiveAt(c);

        var items = await db.CollectionItems.LiveAt(c).Select(i => new
        {
            i.IsFavorite,
            HasImage = images.Any(im => im.ItemId == i.Id),
            HasAttribute = attributeValues.Any(v => v.ItemId == i.Id),
            HasLink = links.Any(l => l.ItemId == i.Id),
        }).GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Favourites = g.Count(x => x.IsFavorite),
            WithImages = g.Count(x => x.HasImage),
            WithAttributes = g.Count(x => x.HasAttribute),
            WithLinks = g.Count(x => x.HasLink),
        }).SingleOrDefaultAsync(ct);

        var liveItems = db.CollectionItems.LiveAt(c);
        var valueCount = await attributeValues.CountAsync(v => liveItems.Any(i => i.Id == v.ItemId), ct);
        var collections = await db.Collections.LiveAt(c).CountAsync(ct);

        double total = items?.Total ?? 0;
        values.Set("favorite_items_total", items?.Favourites ?? 0);
        values.Set("items_with_images_pct", LiveRows.Percent(items?.WithImages ?? 0, total));
        values.Set("items_with_attributes_pct", LiveRows.Percent(items?.WithAttributes ?? 0, total));
        values.Set("items_with_links_pct", LiveRows.Percent(items?.WithLinks ?? 0, total));
        values.Set("avg_attributes_per_item", LiveRows.Ratio(valueCount, total));
        values.Set("avg_items_per_collection", LiveRows.Ratio(total, collections));
    }
}
