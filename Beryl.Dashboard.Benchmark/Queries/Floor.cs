using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Sources;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// The least SQL that gives the collector's numbers: one statement per source table, each a single pass with
/// conditional aggregation (the small catalogue tables of types, attributes and patterns are read whole for
/// their names). Where one pass would have to materialise and sort its rows twice (attribute values, links),
/// the statement is a UNION ALL of two index-only scans instead, the fastest form found on SQLite. It is the
/// yardstick the collector is held to, not something the app could ship: it is SQLite-specific and puts every
/// category's logic in one place.
/// </summary>
public static class Floor
{
    public static MetricNumbers Collect(Sql sql)
    {
        var n = new MetricNumbers();
        var windows = MetricWindows.All;

        // Users, with their profile: totals, new users, marketing consent, moderation.
        sql.Rows(
            "SELECT COUNT(*), TOTAL(u.DateJoined >= $d1), TOTAL(u.DateJoined >= $d7), TOTAL(u.DateJoined >= $d30), " +
            "TOTAL(u.IsActive), TOTAL(u.IsActive AND p.ReceiveMarketingEmails), " +
            "TOTAL(p.ContentModerationViolations > 0), TOTAL(p.IsContentBanned) " +
            "FROM Users u LEFT JOIN UserProfiles p ON p.UserId = u.Id WHERE u.DateJoined < $c",
            r =>
            {
                n.Set("users_total", Sql.Number(r, 0));
                for (var i = 0; i < 3; i++)
                    n.SetWindow("users_new", windows[i], Sql.Number(r, 1 + i));
                n.Set("marketing_opt_in", Sql.Number(r, 5));
                n.Set("marketing_opt_out", Sql.Number(r, 4) - Sql.Number(r, 5));
                n.Set("users_with_violations", Sql.Number(r, 6));
                n.Set("users_banned", Sql.Number(r, 7));
                return 0;
            });

        // Sign-ins of the month window: each user's latest, counted per window.
        sql.Rows(
            "SELECT TOTAL(last >= $d1), TOTAL(last >= $d7), COUNT(*) FROM " +
            "(SELECT MAX(At) AS last FROM UserLogins WHERE At >= $d30 AND At < $c GROUP BY UserId)",
            r =>
            {
                for (var i = 0; i < 3; i++)
                    n.SetWindow("users_active", windows[i], Sql.Number(r, i));
                return 0;
            });

        // Collections.
        var collections = 0d;
        sql.Rows(
            "SELECT COUNT(*), TOTAL(Visibility = 'PRIVATE'), TOTAL(Visibility = 'UNLISTED'), TOTAL(Visibility = 'PUBLIC'), " +
            $"TOTAL(Created >= $d1), TOTAL(Created >= $d7), TOTAL(Created >= $d30) FROM Collections c WHERE {Sql.Live("c")}",
            r =>
            {
                collections = Sql.Number(r, 0);
                n.Set("collections_total", collections);
                var visibilities = Enum.GetValues<Visibility>();
                for (var i = 0; i < 3; i++)
                    n.Add("collections_by_visibility", MetricCatalog.LabelOf(visibilities[i]), Sql.Number(r, 1 + i));
                for (var i = 0; i < 3; i++)
                    n.SetWindow("collections_created", windows[i], Sql.Number(r, 4 + i));
                return 0;
            });

        // The small catalogue tables, whole.
        var types = sql.Rows($"SELECT Id, DisplayName, {Sql.Live("t")} FROM ItemTypes t",
            r => (Id: r.GetInt32(0), Name: r.GetString(1), Live: r.GetBoolean(2)));
        var attributes = sql.Rows(
            $"SELECT a.Id, t.DisplayName || ' / ' || a.DisplayName FROM ItemAttributes a JOIN ItemTypes t ON t.Id = a.ItemTypeId WHERE {Sql.Live("a")}",
            r => (Id: r.GetInt32(0), Label: r.GetString(1)));
        var patterns = sql.Rows($"SELECT Id, DisplayName, {Sql.Live("p")} FROM LinkPatterns p",
            r => (Id: r.GetInt32(0), Name: r.GetString(1), Live: r.GetBoolean(2)));

        // Items: one grouped pass for status, type, windows and favourites.
        var itemGroups = sql.Rows(
            "SELECT Status, ItemTypeId, COUNT(*), TOTAL(Created >= $d1), TOTAL(Created >= $d7), TOTAL(Created >= $d30), TOTAL(IsFavorite) " +
            $"FROM CollectionItems i WHERE {Sql.Live("i")} GROUP BY Status, ItemTypeId",
            r => (Status: r.GetString(0), Type: r.IsDBNull(1) ? (int?)null : r.GetInt32(1), Count: Sql.Number(r, 2),
                D1: Sql.Number(r, 3), D7: Sql.Number(r, 4), D30: Sql.Number(r, 5), Favourites: Sql.Number(r, 6)));
        var items = itemGroups.Sum(g => g.Count);
        n.Set("items_total", items);
        foreach (var label in MetricCatalog.StatusLabels)
            n.Add("items_by_status", label, 0);
        foreach (var g in itemGroups)
            n.Add("items_by_status", MetricCatalog.LabelOf(DjangoChoice.Parse<ItemStatus>(g.Status)), g.Count);
        n.SetWindow("items_created", MetricWindow.Day, itemGroups.Sum(g => g.D1));
        n.SetWindow("items_created", MetricWindow.Week, itemGroups.Sum(g => g.D7));
        n.SetWindow("items_created", MetricWindow.Month, itemGroups.Sum(g => g.D30));
        n.Set("item_types_total", types.Count(t => t.Live));
        var typeNames = types.ToDictionary(t => t.Id, t => t.Name);
        foreach (var t in types.Where(t => t.Live))
            n.Add("items_by_type", t.Name, 0);
        n.Add("items_by_type", MetricCatalog.Untyped, 0);
        foreach (var g in itemGroups)
            n.Add("items_by_type", g.Type is int id ? typeNames.GetValueOrDefault(id, $"type {id}") : MetricCatalog.Untyped, g.Count);
        n.Set("favorite_items_total", itemGroups.Sum(g => g.Favourites));

        // Attribute values of live items: per attribute the items using it, and over all the items with any and the
        // values. One statement, two index-only scans in item order (distinct item-attribute pairs, then items), each
        // pair or item checked once for being live. A single pass would have to materialise the pairs and sort
        // them twice, which SQLite does more slowly than scanning the index again.
        var attributeRows = sql.Rows(
            "SELECT attribute, COUNT(*), 0 FROM (SELECT v.ItemAttributeId AS attribute FROM AttributeValues v " +
            $"WHERE {Sql.Live("v")} GROUP BY v.ItemId, v.ItemAttributeId " +
            $"HAVING EXISTS (SELECT 1 FROM CollectionItems i WHERE i.Id = v.ItemId AND {Sql.Live("i")})) GROUP BY attribute " +
            "UNION ALL " +
            "SELECT NULL, COUNT(*), TOTAL(n) FROM (SELECT COUNT(*) AS n FROM AttributeValues v " +
            $"WHERE {Sql.Live("v")} GROUP BY v.ItemId " +
            $"HAVING EXISTS (SELECT 1 FROM CollectionItems i WHERE i.Id = v.ItemId AND {Sql.Live("i")}))",
            r => (Attribute: r.IsDBNull(0) ? (int?)null : r.GetInt32(0), Items: Sql.Number(r, 1), Values: Sql.Number(r, 2)));
        var usage = attributeRows.Where(a => a.Attribute is not null).ToDictionary(a => a.Attribute!.Value, a => a.Items);
        n.Set("attributes_total", attributes.Count);
        foreach (var (id, label) in attributes)
            n.Add("attribute_usage", label, usage.GetValueOrDefault(id));
        var itemsWithAttributes = attributeRows.Single(a => a.Attribute is null).Items;
        var values = attributeRows.Single(a => a.Attribute is null).Values;

        // Links: per pattern (from the pattern index), and the live items that have one (from the item index).
        var linkRows = sql.Rows(
            $"SELECT 0, LinkPatternId, COUNT(*) FROM Links l WHERE {Sql.Live("l")} GROUP BY LinkPatternId " +
            "UNION ALL " +
            $"SELECT 1, NULL, COUNT(*) FROM (SELECT 1 FROM Links l WHERE {Sql.Live("l")} GROUP BY l.ItemId " +
            $"HAVING EXISTS (SELECT 1 FROM CollectionItems i WHERE i.Id = l.ItemId AND {Sql.Live("i")}))",
            r => (ItemsRow: r.GetInt32(0) == 1, Pattern: r.IsDBNull(1) ? (int?)null : r.GetInt32(1), Count: Sql.Number(r, 2)));
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
            $"SELECT COUNT(*) FROM (SELECT 1 FROM CollectionItemImages im WHERE {Sql.Live("im")} GROUP BY im.ItemId " +
            $"HAVING EXISTS (SELECT 1 FROM CollectionItems i WHERE i.Id = im.ItemId AND {Sql.Live("i")}))");

        // Media files, with the orphan check against both image tables.
        var media = sql.Rows(
            "SELECT ContentType, COUNT(*), TOTAL(FileSize), TOTAL(NOT FileExists), " +
            "TOTAL(Created >= $d1), TOTAL(Created >= $d7), TOTAL(Created >= $d30), " +
            "TOTAL(ContentModerationStatus = 'FLAGGED'), TOTAL(ContentModerationStatus = 'PENDING'), " +
            "TOTAL(MediaType <> 'AVATAR' " +
            $"AND NOT EXISTS (SELECT 1 FROM CollectionImages ci WHERE ci.MediaFileId = m.Id AND {Sql.Live("ci")}) " +
            $"AND NOT EXISTS (SELECT 1 FROM CollectionItemImages ii WHERE ii.MediaFileId = m.Id AND {Sql.Live("ii")})) " +
            $"FROM MediaFiles m WHERE {Sql.Live("m")} GROUP BY ContentType",
            r => (ContentType: r.IsDBNull(0) ? null : r.GetString(0), Files: Sql.Number(r, 1), Bytes: Sql.Number(r, 2),
                Missing: Sql.Number(r, 3), D1: Sql.Number(r, 4), D7: Sql.Number(r, 5), D30: Sql.Number(r, 6),
                Flagged: Sql.Number(r, 7), Pending: Sql.Number(r, 8), Orphaned: Sql.Number(r, 9)));
        n.Set("media_files_total", media.Sum(m => m.Files));
        n.Set("storage_bytes_total", media.Sum(m => m.Bytes));
        n.SetWindow("uploads", MetricWindow.Day, media.Sum(m => m.D1));
        n.SetWindow("uploads", MetricWindow.Week, media.Sum(m => m.D7));
        n.SetWindow("uploads", MetricWindow.Month, media.Sum(m => m.D30));
        n.Set("media_orphaned", media.Sum(m => m.Orphaned));
        n.Set("media_corrupted", media.Sum(m => m.Missing));
        foreach (var m in media)
            n.Add("storage_bytes_by_content_type", m.ContentType ?? MetricCatalog.UnknownContentType, m.Bytes);
        n.Set("moderation_flagged", media.Sum(m => m.Flagged));
        n.Set("moderation_pending", media.Sum(m => m.Pending));

        // The mail log.
        sql.Rows(
            "SELECT COUNT(*), TOTAL(Status = 'PENDING'), TOTAL(Status = 'SENT'), TOTAL(Status = 'FAILED') FROM EmailMessages WHERE Created < $c",
            r =>
            {
                n.Set("emails_total", Sql.Number(r, 0));
                n.Set("emails_pending", Sql.Number(r, 1));
                n.Set("emails_sent", Sql.Number(r, 2));
                n.Set("emails_failed", Sql.Number(r, 3));
                return 0;
            });

        n.Set("items_with_images_pct", LiveRows.Percent(itemsWithImages, items));
        n.Set("items_with_attributes_pct", LiveRows.Percent(itemsWithAttributes, items));
        n.Set("items_with_links_pct", LiveRows.Percent(itemsWithLinks, items));
        n.Set("avg_attributes_per_item", LiveRows.Ratio(values, items));
        n.Set("avg_items_per_collection", LiveRows.Ratio(items, collections));
        return n;
    }
}
