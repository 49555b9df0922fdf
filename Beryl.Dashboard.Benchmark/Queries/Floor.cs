using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Sources;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// The least SQL that gives the collector's numbers on Django's tables: one statement per source table, each a
/// single pass with conditional aggregation (the small catalogue tables of types, attributes and patterns are read
/// whole for their names). It is the yardstick the collector is held to, not something the app could ship: it puts every
/// category's logic in one place. The few spellings SQLite and PostgreSQL do not share come from <see cref="Sql"/>.
/// </summary>
public static class Floor
{
    public static MetricNumbers Collect(Sql sql)
    {
        var n = new MetricNumbers();
        var windows = MetricWindows.All;

        // Users, with their profile: totals, new and active users (last_login), marketing consent, moderation.
        sql.Rows(
            $"SELECT COUNT(*), {sql.CountIf("u.date_joined >= @d1")}, {sql.CountIf("u.date_joined >= @d7")}, {sql.CountIf("u.date_joined >= @d30")}, " +
            $"{sql.CountIf("u.last_login >= @d1 AND u.last_login < @c")}, {sql.CountIf("u.last_login >= @d7 AND u.last_login < @c")}, " +
            $"{sql.CountIf("u.last_login >= @d30 AND u.last_login < @c")}, " +
            $"{sql.CountIf("u.is_active")}, {sql.CountIf("u.is_active AND p.receive_marketing_emails")}, " +
            $"{sql.CountIf("p.content_moderation_violations > 0")}, {sql.CountIf("p.is_content_banned")} " +
            "FROM auth_user u LEFT JOIN web_userprofile p ON p.user_id = u.id WHERE u.date_joined < @c",
            r =>
            {
                n.Set("users_total", Sql.Number(r, 0));
                for (var i = 0; i < 3; i++)
                    n.SetWindow("users_new", windows[i], Sql.Number(r, 1 + i));
                for (var i = 0; i < 3; i++)
                    n.SetWindow("users_active", windows[i], Sql.Number(r, 4 + i));
                n.Set("marketing_opt_in", Sql.Number(r, 8));
                n.Set("marketing_opt_out", Sql.Number(r, 7) - Sql.Number(r, 8));
                n.Set("users_with_violations", Sql.Number(r, 9));
                n.Set("users_banned", Sql.Number(r, 10));
                return 0;
            });

        // Collections, per stored visibility.
        var visibilities = sql.Rows(
            $"SELECT visibility, COUNT(*) FROM web_collection c WHERE {Sql.Live("c")} GROUP BY visibility",
            r => (Visibility: r.GetString(0), Count: Sql.Number(r, 1)));
        var collections = visibilities.Sum(v => v.Count);
        n.Set("collections_total", collections);
        foreach (var label in MetricCatalog.VisibilityLabels)
            n.Add("collections_by_visibility", label, 0);
        foreach (var v in visibilities)
            n.Add("collections_by_visibility", MetricCatalog.LabelOf(v.Visibility), v.Count);
        SetCreated(n, sql, "collections_created", "web_collection");

        // The small catalogue tables, whole.
        var types = sql.Rows($"SELECT id, display_name, {Sql.Live("t")} FROM web_itemtype t",
            r => (Id: Sql.Id(r, 0), Name: r.GetString(1), Live: r.GetBoolean(2)));
        var attributes = sql.Rows(
            $"SELECT a.id, t.display_name || ' / ' || a.display_name FROM web_itemattribute a JOIN web_itemtype t ON t.id = a.item_type_id WHERE {Sql.Live("a")}",
            r => (Id: Sql.Id(r, 0), Label: r.GetString(1)));
        var patterns = sql.Rows($"SELECT id, display_name, {Sql.Live("p")} FROM web_linkpattern p",
            r => (Id: Sql.Id(r, 0), Name: r.GetString(1), Live: r.GetBoolean(2)));

        // Items: one grouped pass for status, type, windows and favourites.
        var itemGroups = sql.Rows(
            $"SELECT status, item_type_id, COUNT(*), {sql.CountIf("is_favorite")} " +
            $"FROM web_collectionitem i WHERE {Sql.LiveItem("i")} GROUP BY status, item_type_id",
            r => (Status: r.GetString(0), Type: r.IsDBNull(1) ? (long?)null : Sql.Id(r, 1), Count: Sql.Number(r, 2),
                Favourites: Sql.Number(r, 3)));
        var items = itemGroups.Sum(g => g.Count);
        n.Set("items_total", items);
        foreach (var label in MetricCatalog.StatusLabels)
            n.Add("items_by_status", label, 0);
        foreach (var g in itemGroups)
            n.Add("items_by_status", MetricCatalog.LabelOf(g.Status), g.Count);
        SetCreated(n, sql, "items_created", "web_collectionitem");
        n.Set("item_types_total", types.Count(t => t.Live));
        var typeNames = types.ToDictionary(t => t.Id, t => t.Name);
        foreach (var t in types.Where(t => t.Live))
            n.Add("items_by_type", t.Name, 0);
        n.Add("items_by_type", MetricCatalog.Untyped, 0);
        foreach (var g in itemGroups)
            n.Add("items_by_type", g.Type is long id ? typeNames.GetValueOrDefault(id, $"type {id}") : MetricCatalog.Untyped, g.Count);
        n.Set("favorite_items_total", itemGroups.Sum(g => g.Favourites));

        // Attribute values of live items: per attribute the items using it, and over all the items with any and the values.
        var attributeRows = sql.Rows(
            $"SELECT attribute, COUNT(*), 0 FROM (SELECT v.item_attribute_id AS attribute FROM web_collectionitemattributevalue v{sql.JoinLiveItem("v")} " +
            $"WHERE {sql.OfLiveItem("v")} GROUP BY v.item_id, v.item_attribute_id) AS pairs GROUP BY attribute " +
            "UNION ALL " +
            $"SELECT NULL, COUNT(*), {sql.Total("n")} FROM (SELECT COUNT(*) AS n FROM web_collectionitemattributevalue v{sql.JoinLiveItem("v")} " +
            $"WHERE {sql.OfLiveItem("v")} GROUP BY v.item_id) AS per_item",
            r => (Attribute: r.IsDBNull(0) ? (long?)null : Sql.Id(r, 0), Items: Sql.Number(r, 1), Values: Sql.Number(r, 2)));
        var usage = attributeRows.Where(a => a.Attribute is not null).ToDictionary(a => a.Attribute!.Value, a => a.Items);
        n.Set("attributes_total", attributes.Count);
        foreach (var (id, label) in attributes)
            n.Add("attribute_usage", label, usage.GetValueOrDefault(id));
        var itemsWithAttributes = attributeRows.Single(a => a.Attribute is null).Items;
        var values = attributeRows.Single(a => a.Attribute is null).Values;

        // Links: per pattern, and the live items that have one.
        var linkRows = sql.Rows(
            $"SELECT 0, link_pattern_id, COUNT(*) FROM web_collectionitemlink l{sql.JoinLiveItem("l")} WHERE {sql.OfLiveItem("l")} GROUP BY link_pattern_id " +
            "UNION ALL " +
            $"SELECT 1, NULL, COUNT(*) FROM (SELECT 1 FROM web_collectionitemlink l{sql.JoinLiveItem("l")} WHERE {sql.OfLiveItem("l")} GROUP BY l.item_id) AS linked",
            r => (ItemsRow: r.GetInt32(0) == 1, Pattern: r.IsDBNull(1) ? (long?)null : Sql.Id(r, 1), Count: Sql.Number(r, 2)));
        var perPattern = linkRows.Where(l => !l.ItemsRow).ToList();
        var matched = perPattern.Where(l => l.Pattern is not null).Sum(l => l.Count);
        var unmatched = perPattern.Where(l => l.Pattern is null).Sum(l => l.Count);
        n.Set("links_total", matched + unmatched);
        n.Set("links_matched", matched);
        n.Set("links_unmatched", unmatched);
        var patternNames = patterns.ToDictionary(p => p.Id, p => p.Name);
        foreach (var p in patterns.Where(p => p.Live))
            n.Add("links_by_pattern", p.Name, 0);
        foreach (var l in perPattern.Where(l => l.Pattern is not null))
            n.Add("links_by_pattern", patternNames.GetValueOrDefault(l.Pattern!.Value, $"pattern {l.Pattern}"), l.Count);
        var itemsWithLinks = linkRows.Single(l => l.ItemsRow).Count;

        // Item images: the live items that have one.
        var itemsWithImages = sql.Scalar(
            $"SELECT COUNT(*) FROM (SELECT 1 FROM web_collectionitemimage im{sql.JoinLiveItem("im")} WHERE {sql.OfLiveItem("im")} GROUP BY im.item_id) AS pictured");

        // Media files, with the orphan check against both image tables.
        var media = sql.Rows(
            $"SELECT NULLIF(content_type, ''), COUNT(*), {sql.Total("file_size")}, {sql.CountIf("NOT file_exists")}, " +
            $"{sql.CountIf("content_moderation_status = 'FLAGGED'")}, {sql.CountIf("content_moderation_status = 'PENDING'")}, " +
            $"{sql.CountIf($"media_type <> 'AVATAR' AND {sql.Unattached("m")}")} " +
            $"FROM web_mediafile m WHERE {Sql.Live("m")} GROUP BY NULLIF(content_type, '')",
            r => (ContentType: r.IsDBNull(0) ? null : r.GetString(0), Files: Sql.Number(r, 1), Bytes: Sql.Number(r, 2),
                Missing: Sql.Number(r, 3), Flagged: Sql.Number(r, 4), Pending: Sql.Number(r, 5), Orphaned: Sql.Number(r, 6)));
        n.Set("media_files_total", media.Sum(m => m.Files));
        n.Set("storage_bytes_total", media.Sum(m => m.Bytes));
        SetCreated(n, sql, "uploads", "web_mediafile");
        n.Set("media_orphaned", media.Sum(m => m.Orphaned));
        n.Set("media_corrupted", media.Sum(m => m.Missing));
        foreach (var m in media)
            n.Add("storage_bytes_by_content_type", m.ContentType ?? MetricCatalog.UnknownContentType, m.Bytes);
        n.Set("moderation_flagged", media.Sum(m => m.Flagged));
        n.Set("moderation_pending", media.Sum(m => m.Pending));

        // django-post_office's queue: pending is queued (2), requeued (3) or not dispatched yet (NULL).
        sql.Rows(
            $"SELECT COUNT(*), {sql.CountIf("status IS NULL OR status IN (2, 3)")}, {sql.CountIf("status = 0")}, {sql.CountIf("status = 1")}, " +
            $"{sql.CountIf("status = 1 AND created >= @d1")}, {sql.CountIf("status = 1 AND created >= @d7")}, " +
            $"{sql.CountIf("status = 1 AND created >= @d30")} " +
            "FROM post_office_email WHERE created < @c",
            r =>
            {
                n.Set("emails_total", Sql.Number(r, 0));
                n.Set("emails_pending", Sql.Number(r, 1));
                n.Set("emails_sent", Sql.Number(r, 2));
                n.Set("emails_failed", Sql.Number(r, 3));
                n.SetWindow("emails_failed", MetricWindow.Day, Sql.Number(r, 4));
                n.SetWindow("emails_failed", MetricWindow.Week, Sql.Number(r, 5));
                n.SetWindow("emails_failed", MetricWindow.Month, Sql.Number(r, 6));
                return 0;
            });

        n.Set("items_with_images_pct", LiveRows.Percent(itemsWithImages, items));
        n.Set("items_with_attributes_pct", LiveRows.Percent(itemsWithAttributes, items));
        n.Set("items_with_links_pct", LiveRows.Percent(itemsWithLinks, items));
        n.Set("avg_attributes_per_item", LiveRows.Ratio(values, items));
        n.Set("avg_items_per_collection", LiveRows.Ratio(items, collections));
        return n;
    }

    /// <summary>An activity count: the rows of <paramref name="table"/> created in each window, deleted since or not.</summary>
    private static void SetCreated(MetricNumbers n, Sql sql, string prefix, string table) =>
        sql.Rows($"SELECT {sql.CountIf("created >= @d1")}, {sql.CountIf("created >= @d7")}, COUNT(*) FROM {table} WHERE created >= @d30 AND created < @c",
            r =>
            {
                n.SetWindow(prefix, MetricWindow.Day, Sql.Number(r, 0));
                n.SetWindow(prefix, MetricWindow.Week, Sql.Number(r, 1));
                n.SetWindow(prefix, MetricWindow.Month, Sql.Number(r, 2));
                return 0;
            });
}
