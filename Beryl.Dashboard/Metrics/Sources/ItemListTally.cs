using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>What a set of item lists adds up to, per id: its rows over all items, and the items that have it.</summary>
/// <remarks>
/// Counting an item's rows (its links, its attribute values) per id they point at (pattern, attribute), in one
/// statement: each item becomes the list of its rows' ids, items are counted per distinct list, and the lists are
/// added up here. SQLite has no hash aggregation, so a GROUP BY over many rows is a sort: sorting one key per item
/// (a few hundred to a few thousand distinct lists) instead of one per (item, id), and reading the rows once
/// instead of once more for "items with any", is what makes these passes fast on Django's indexes.
/// </remarks>
public sealed record ItemListTally(IReadOnlyDictionary<long, int> Rows, IReadOnlyDictionary<long, int> Items, int TotalItems)
{
    /// <summary>Counts the items per distinct list in SQL, then adds the lists up.</summary>
    public static async Task<ItemListTally> CountAsync(IQueryable<string> listPerItem, CancellationToken ct) =>
        Of(await listPerItem.GroupBy(ids => ids).Select(g => new ItemList(g.Key, g.Count())).ToListAsync(ct));

    public static ItemListTally Of(IEnumerable<ItemList> lists)
    {
        Dictionary<long, int> rows = [], items = [];
        var total = 0;
        foreach (var list in lists)
        {
            total += list.Items;
            var ids = list.Ids.Split(',').Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList();
            foreach (var id in ids)
                rows[id] = rows.GetValueOrDefault(id) + list.Items;
            foreach (var id in ids.Distinct())
                items[id] = items.GetValueOrDefault(id) + list.Items;
        }
        return new ItemListTally(rows, items, total);
    }
}
