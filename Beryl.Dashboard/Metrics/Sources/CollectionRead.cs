using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// One collection's read of Beryl: the database (inside the collection's read transaction), the period, and the
/// passes over Beryl's largest tables that more than one category needs. Each pass runs at most once per collection,
/// whichever source asks first: on Django's indexes a pass over items, attribute values or links is most of a
/// collection's time, so reading one twice is what makes a collection slow. Sources run one after the other.
/// </summary>
public sealed class CollectionRead(BerylDbContext db, CollectionPeriod period, BusinessCalendar calendar)
{
    private Task<IReadOnlyList<ItemGroup>>? items;
    private Task<AttributeValuePass>? attributeValues;
    private Task<LinkPass>? links;

    public BerylDbContext Db => db;
    public CollectionPeriod Period => period;

    /// <summary>The 24-hour window's split at the day's start of events at <paramref name="times"/>; null unless the period is today's provisional one.</summary>
    public Task<TodaySoFar?> TodaySoFarAsync(IQueryable<DateTime> times, CancellationToken ct) => TodaySoFar.CountAsync(times, period, calendar, ct);

    public Task<IReadOnlyList<ItemGroup>> ItemsAsync(CancellationToken ct) => items ??= ReadItemsAsync(ct);

    public Task<AttributeValuePass> AttributeValuesAsync(CancellationToken ct) => attributeValues ??= ReadAttributeValuesAsync(ct);

    public Task<LinkPass> LinksAsync(CancellationToken ct) => links ??= ReadLinksAsync(ct);

    private async Task<IReadOnlyList<ItemGroup>> ReadItemsAsync(CancellationToken ct)
    {
        return await db.CollectionItems.LiveAt(period.CutOff).GroupBy(i => new { i.Status, i.ItemTypeId })
            .Select(g => new ItemGroup(g.Key.Status, g.Key.ItemTypeId, g.Count(), g.Count(x => x.IsFavorite)))
            .ToListAsync(ct);
    }

    /// <summary>Live attribute values, read once as each item's list of attribute ids (<see cref="ItemListTally"/>).</summary>
    private async Task<AttributeValuePass> ReadAttributeValuesAsync(CancellationToken ct)
    {
        var tally = await ItemListTally.CountAsync(db.AttributeValues.LiveAt(period.CutOff)
            .GroupBy(v => v.ItemId)
            .Select(g => string.Join(",", g.Select(v => v.ItemAttributeId.ToString()))), ct);
        return new AttributeValuePass(tally.Items, tally.TotalItems, tally.Rows.Values.Sum());
    }

    /// <summary>
    /// Live links, read once as each item's list of pattern ids (<see cref="ItemListTally"/>); 0 stands for a link no
    /// pattern matches (Beryl's ids start at 1).
    /// </summary>
    private async Task<LinkPass> ReadLinksAsync(CancellationToken ct)
    {
        var tally = await ItemListTally.CountAsync(db.Links.LiveAt(period.CutOff)
            .GroupBy(l => l.ItemId)
            .Select(g => string.Join(",", g.Select(l => (l.LinkPatternId ?? 0).ToString()))), ct);
        return new LinkPass(tally.Rows.Where(p => p.Key != 0).ToDictionary(), tally.Rows.GetValueOrDefault(0), tally.TotalItems);
    }
}
