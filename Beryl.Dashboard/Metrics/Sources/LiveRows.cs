using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// The rows that count at a cut-off: created before it and live. Beryl's soft delete does not cascade (deleting an
/// item leaves its links, values and image rows untouched), so a row is live only when it and every row it belongs
/// to are not deleted. Beryl keeps no deletion time: "not deleted" is as Beryl is now, which is why these metrics
/// are exact only when collected soon after the cut-off.
/// </summary>
public static class LiveRows
{
    /// <summary>Types, attributes, patterns, media files and collections: rows that belong to nothing that can be deleted.</summary>
    public static IQueryable<T> LiveAt<T>(this IQueryable<T> rows, DateTime cutOff) where T : BerylContent =>
        rows.Where(r => r.Created < cutOff && !r.IsDeleted);

    public static IQueryable<CollectionItem> LiveAt(this IQueryable<CollectionItem> items, DateTime cutOff) =>
        items.Where(i => i.Created < cutOff && !i.IsDeleted && !i.Collection!.IsDeleted);

    public static IQueryable<CollectionItemLink> LiveAt(this IQueryable<CollectionItemLink> links, DateTime cutOff) =>
        links.Where(l => l.Created < cutOff && !l.IsDeleted && !l.Item!.IsDeleted && !l.Item.Collection!.IsDeleted);

    public static IQueryable<CollectionItemAttributeValue> LiveAt(this IQueryable<CollectionItemAttributeValue> values, DateTime cutOff) =>
        values.Where(v => v.Created < cutOff && !v.IsDeleted && !v.Item!.IsDeleted && !v.Item.Collection!.IsDeleted);

    public static IQueryable<CollectionItemImage> LiveAt(this IQueryable<CollectionItemImage> images, DateTime cutOff) =>
        images.Where(im => im.Created < cutOff && !im.IsDeleted && !im.Item!.IsDeleted && !im.Item.Collection!.IsDeleted);

    public static IQueryable<CollectionImage> LiveAt(this IQueryable<CollectionImage> images, DateTime cutOff) =>
        images.Where(im => im.Created < cutOff && !im.IsDeleted && !im.Collection!.IsDeleted);

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> as a percent; 0 when the whole is 0.</summary>
    public static double Percent(double part, double whole) => whole == 0 ? 0 : part * 100 / whole;

    /// <summary>part / whole; 0 when the whole is 0.</summary>
    public static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
