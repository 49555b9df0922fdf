using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>Live items of one status and type: how many, created in each window, marked favourite.</summary>
public sealed record ItemGroup(string Status, long? ItemTypeId, int Count, int Created1, int Created7, int Created30, int Favourites);

/// <summary>Live attribute values: items per attribute, items with any value, and the values themselves.</summary>
public sealed record AttributeValuePass(IReadOnlyDictionary<long, int> ItemsPerAttribute, int ItemsWithValues, int Values);

/// <summary>Live links: how many per pattern, how many match none, and items with at least one.</summary>
public sealed record LinkPass(IReadOnlyDictionary<long, int> PerPattern, int Unmatched, int ItemsWithLinks);

/// <summary>
/// One collection's read of Beryl: the database (inside the collection's read transaction), the period, and the
/// passes over Beryl's largest tables that more than one category needs. Each pass runs at most once per collection,
/// whichever source asks first: on Django's indexes a pass over items, attribute values or links is most of a
/// collection's time, so reading one twice is what makes a collection slow. Sources run one after the other.
/// </summary>
public sealed class BerylPasses(BerylDbContext db, CollectionPeriod period)
{
    private Task<IReadOnlyList<ItemGroup>>? items;
    private Task<AttributeValuePass>? attributeValues;
    private Task<LinkPass>? links;

    public BerylDbContext Db => db;
    public CollectionPeriod Period => period;

    public Task<IReadOnlyList<ItemGroup>> ItemsAsync(CancellationToken ct) => items ??= ReadItemsAsync(ct);

    public Task<AttributeValuePass> AttributeValuesAsync(CancellationToken ct) => attributeValues ??= ReadAttributeValuesAsync(ct);

    public Task<LinkPass> LinksAsync(CancellationToken ct) => links ??= ReadLinksAsync(ct);

    private async Task<IReadOnlyList<ItemGroup>> ReadItemsAsync(CancellationToken ct)
    {
        DateTime c = period.CutOff, d1 = period.Start(MetricWindow.Day), d7 = period.Start(MetricWindow.Week), d30 = period.Start(MetricWindow.Month);
        return await db.CollectionItems.LiveAt(c).GroupBy(i => new { i.Status, i.ItemTypeId })
            .Select(g => new ItemGroup(g.Key.Status, g.Key.ItemTypeId, g.Count(),
                g.Count(x => x.Created >= d1), g.Count(x => x.Created >= d7), g.Count(x => x.Created >= d30),
                g.Count(x => x.IsFavorite)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Per attribute, the distinct (item, attribute) pairs of live values and their values; then the distinct items.
    /// Counted in SQL: streaming the pairs (two or three per item) through EF Core took as long as both statements.
    /// </summary>
    private async Task<AttributeValuePass> ReadAttributeValuesAsync(CancellationToken ct)
    {
        var live = db.AttributeValues.LiveAt(period.CutOff);
        var perAttribute = await live
            .GroupBy(v => new { v.ItemId, v.ItemAttributeId })
            .Select(g => new { g.Key.ItemAttributeId, Values = g.Count() })
            .GroupBy(pair => pair.ItemAttributeId)
            .Select(g => new { AttributeId = g.Key, Items = g.Count(), Values = g.Sum(pair => pair.Values) })
            .ToListAsync(ct);
        var items = await live.Select(v => v.ItemId).Distinct().CountAsync(ct);
        return new AttributeValuePass(perAttribute.ToDictionary(a => a.AttributeId, a => a.Items), items, perAttribute.Sum(a => a.Values));
    }

    /// <summary>
    /// Live links per pattern, then the distinct items with links. Counted in SQL: streaming (item, pattern) groups
    /// through EF Core was as fast but held a hundred megabytes at Beryl's scale.
    /// </summary>
    private async Task<LinkPass> ReadLinksAsync(CancellationToken ct)
    {
        var live = db.Links.LiveAt(period.CutOff);
        // Grouped by item first, as Django's item index orders them, then by pattern: walking the pattern index
        // instead reads the link rows in random order, measured twice as slow at Beryl's scale.
        var perPattern = await live.GroupBy(l => new { l.ItemId, l.LinkPatternId })
            .Select(g => new { g.Key.LinkPatternId, Links = g.Count() })
            .GroupBy(x => x.LinkPatternId)
            .Select(g => new { PatternId = g.Key, Count = g.Sum(x => x.Links) }).ToListAsync(ct);
        var items = await live.Select(l => l.ItemId).Distinct().CountAsync(ct);
        return new LinkPass(perPattern.Where(p => p.PatternId is not null).ToDictionary(p => p.PatternId!.Value, p => p.Count),
            perPattern.Where(p => p.PatternId is null).Sum(p => p.Count), items);
    }
}
