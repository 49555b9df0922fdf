using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// items_total, items_by_status, item_types_total, items_by_type, attributes_total, attribute_usage: the shared
/// passes over items and attribute values, and the (small) type and attribute tables for their names;
/// items_created_*: the rows created (<see cref="CreatedRows"/>).
/// </summary>
public sealed class ItemMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Items;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, c) = (beryl.Db, beryl.Period.CutOff);
        var groups = await beryl.ItemsAsync(ct);

        var typeNames = await db.ItemTypes.Select(t => new { t.Id, t.DisplayName }).ToDictionaryAsync(t => t.Id, t => t.DisplayName, ct);
        var liveTypes = await db.ItemTypes.LiveAt(c).Select(t => t.Id).ToListAsync(ct);

        values.Set("items_total", groups.Sum(g => g.Count));
        // Per stored status: a status a newer Beryl adds is counted under its own label.
        values.SetDistribution("items_by_status",
            groups.Select(g => KeyValuePair.Create(MetricCatalog.LabelOf(g.Status), (double)g.Count)));
        await CreatedRows.SetAsync(values, "items_created", db.CollectionItems, beryl, ct);
        values.Set("item_types_total", liveTypes.Count);
        // Every live type shows, with 0 when it has no items, and "untyped" always, so series stay continuous.
        values.SetDistribution("items_by_type",
            liveTypes.Select(id => KeyValuePair.Create(typeNames[id], 0d))
                .Append(KeyValuePair.Create(MetricCatalog.Untyped, 0d))
                .Concat(groups.Select(g => KeyValuePair.Create(
                    g.ItemTypeId is long id ? typeNames.GetValueOrDefault(id, $"type {id}") : MetricCatalog.Untyped,
                    (double)g.Count))));

        var attributes = await db.ItemAttributes.LiveAt(c)
            .Select(a => new { a.Id, Label = a.ItemType!.DisplayName + " / " + a.DisplayName })
            .ToListAsync(ct);
        var usage = (await beryl.AttributeValuesAsync(ct)).ItemsPerAttribute;

        values.Set("attributes_total", attributes.Count);
        values.SetDistribution("attribute_usage",
            attributes.Select(a => KeyValuePair.Create(a.Label, (double)usage.GetValueOrDefault(a.Id))));
    }
}
