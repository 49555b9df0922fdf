using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Sources;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// The way the original Django command worked: one COUNT (or SUM) per metric, per window and per label, each
/// its own query, with the same "as of" rules as the collector so the numbers can be compared. Distributions
/// first list their labels (statuses, types, attributes, patterns, content types) and then count each one.
/// </summary>
public static class NaiveBaseline
{
    public static MetricNumbers Collect(Sql sql)
    {
        var n = new MetricNumbers();
        string LiveFrom(string table, string alias = "x") => $"FROM {table} {alias} WHERE {Sql.Live(alias)}";
        string LiveItems(string alias = "x") => $"FROM web_collectionitem {alias} WHERE {Sql.LiveItem(alias)}";
        string LiveOfItems(string table, string alias = "x") => $"FROM {table} {alias} WHERE {Sql.LiveOfItem(alias)}";
        // Activity counts are events: rows created in the window, deleted since or not.
        string CreatedIn(string table, MetricWindow w) => $"FROM {table} WHERE created >= {Sql.WindowParameter(w)} AND created < @c";

        // Users
        n.Set("users_total", sql.Scalar("SELECT COUNT(*) FROM auth_user WHERE date_joined < @c"));
        foreach (var w in MetricWindows.All)
        {
            var d = Sql.WindowParameter(w);
            n.SetWindow("users_active", w, sql.Scalar($"SELECT COUNT(*) FROM auth_user WHERE date_joined < @c AND last_login >= {d} AND last_login < @c"));
            n.SetWindow("users_new", w, sql.Scalar($"SELECT COUNT(*) FROM auth_user WHERE date_joined >= {d} AND date_joined < @c"));
        }

        // Collections
        n.Set("collections_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_collection")}"));
        foreach (var visibility in BerylChoices.Visibilities.Union(sql.Rows($"SELECT DISTINCT visibility {LiveFrom("web_collection")}", r => r.GetString(0))))
            n.Add("collections_by_visibility", MetricCatalog.LabelOf(visibility),
                sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_collection")} AND visibility = @v", ("@v", visibility)));
        foreach (var w in MetricWindows.All)
            n.SetWindow("collections_created", w, sql.Scalar($"SELECT COUNT(*) {CreatedIn("web_collection", w)}"));

        // Items
        n.Set("items_total", sql.Scalar($"SELECT COUNT(*) {LiveItems()}"));
        foreach (var status in BerylChoices.ItemStatuses.Union(sql.Rows($"SELECT DISTINCT status {LiveItems()}", r => r.GetString(0))))
            n.Add("items_by_status", MetricCatalog.LabelOf(status),
                sql.Scalar($"SELECT COUNT(*) {LiveItems()} AND status = @s", ("@s", status)));
        foreach (var w in MetricWindows.All)
            n.SetWindow("items_created", w, sql.Scalar($"SELECT COUNT(*) {CreatedIn("web_collectionitem", w)}"));
        n.Set("item_types_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_itemtype")}"));
        // Every type (a deleted one still labels its live items), counted one by one; live types show even at 0.
        foreach (var (id, name, live) in sql.Rows($"SELECT id, display_name, {Sql.Live("t")} FROM web_itemtype t ORDER BY id",
                     r => (Sql.Id(r, 0), r.GetString(1), r.GetBoolean(2))))
        {
            var count = sql.Scalar($"SELECT COUNT(*) {LiveItems()} AND item_type_id = @t", ("@t", id));
            if (live || count > 0)
                n.Add("items_by_type", name, count);
        }
        n.Add("items_by_type", MetricCatalog.Untyped, sql.Scalar($"SELECT COUNT(*) {LiveItems()} AND item_type_id IS NULL"));
        var attributes = sql.Rows(
            $"SELECT a.id, t.display_name || ' / ' || a.display_name FROM web_itemattribute a JOIN web_itemtype t ON t.id = a.item_type_id WHERE {Sql.Live("a")}",
            r => (Id: Sql.Id(r, 0), Label: r.GetString(1)));
        n.Set("attributes_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_itemattribute")}"));
        foreach (var (id, label) in attributes)
            n.Add("attribute_usage", label, sql.Scalar(
                $"SELECT COUNT(DISTINCT x.item_id) {LiveOfItems("web_collectionitemattributevalue")} AND x.item_attribute_id = @a", ("@a", id)));

        // Links
        n.Set("links_total", sql.Scalar($"SELECT COUNT(*) {LiveOfItems("web_collectionitemlink")}"));
        n.Set("links_matched", sql.Scalar($"SELECT COUNT(*) {LiveOfItems("web_collectionitemlink")} AND link_pattern_id IS NOT NULL"));
        n.Set("links_unmatched", sql.Scalar($"SELECT COUNT(*) {LiveOfItems("web_collectionitemlink")} AND link_pattern_id IS NULL"));
        foreach (var (id, name, live) in sql.Rows($"SELECT id, display_name, {Sql.Live("p")} FROM web_linkpattern p ORDER BY id",
                     r => (Sql.Id(r, 0), r.GetString(1), r.GetBoolean(2))))
        {
            var count = sql.Scalar($"SELECT COUNT(*) {LiveOfItems("web_collectionitemlink")} AND link_pattern_id = @p", ("@p", id));
            if (live || count > 0)
                n.Add("links_by_pattern", name, count);
        }

        // Storage
        n.Set("media_files_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_mediafile")}"));
        n.Set("storage_bytes_total", sql.Scalar($"SELECT SUM(file_size) {LiveFrom("web_mediafile")}"));
        foreach (var w in MetricWindows.All)
            n.SetWindow("uploads", w, sql.Scalar($"SELECT COUNT(*) {CreatedIn("web_mediafile", w)}"));
        n.Set("media_orphaned", sql.Scalar(
            $"SELECT COUNT(*) {LiveFrom("web_mediafile", "m")} AND m.media_type <> 'AVATAR' " +
            $"AND NOT EXISTS (SELECT 1 FROM web_collectionimage ci WHERE ci.media_file_id = m.id AND {Sql.LiveOfCollection("ci")}) " +
            $"AND NOT EXISTS (SELECT 1 FROM web_collectionitemimage ii WHERE ii.media_file_id = m.id AND {Sql.LiveOfItem("ii")})"));
        n.Set("media_corrupted", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_mediafile")} AND NOT file_exists"));
        foreach (var contentType in sql.Rows($"SELECT DISTINCT NULLIF(content_type, '') {LiveFrom("web_mediafile")}", r => r.IsDBNull(0) ? null : r.GetString(0)))
            n.Add("storage_bytes_by_content_type", contentType ?? MetricCatalog.UnknownContentType, contentType is null
                ? sql.Scalar($"SELECT SUM(file_size) {LiveFrom("web_mediafile")} AND (content_type IS NULL OR content_type = '')")
                : sql.Scalar($"SELECT SUM(file_size) {LiveFrom("web_mediafile")} AND content_type = @t", ("@t", contentType)));

        // Email: django-post_office's status numbers.
        n.Set("emails_total", sql.Scalar("SELECT COUNT(*) FROM post_office_email WHERE created < @c"));
        n.Set("emails_pending", sql.Scalar("SELECT COUNT(*) FROM post_office_email WHERE created < @c AND (status IS NULL OR status IN (2, 3))"));
        n.Set("emails_sent", sql.Scalar("SELECT COUNT(*) FROM post_office_email WHERE created < @c AND status = 0"));
        n.Set("emails_failed", sql.Scalar("SELECT COUNT(*) FROM post_office_email WHERE created < @c AND status = 1"));
        foreach (var w in MetricWindows.All)
            n.SetWindow("emails_failed", w, sql.Scalar(
                $"SELECT COUNT(*) FROM post_office_email WHERE created >= {Sql.WindowParameter(w)} AND created < @c AND status = 1"));
        n.Set("marketing_opt_in", sql.Scalar(
            "SELECT COUNT(*) FROM auth_user u JOIN web_userprofile p ON p.user_id = u.id WHERE u.is_active AND u.date_joined < @c AND p.receive_marketing_emails"));
        n.Set("marketing_opt_out", sql.Scalar(
            "SELECT COUNT(*) FROM auth_user u LEFT JOIN web_userprofile p ON p.user_id = u.id " +
            "WHERE u.is_active AND u.date_joined < @c AND (p.id IS NULL OR NOT p.receive_marketing_emails)"));

        // Moderation
        n.Set("moderation_flagged", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_mediafile")} AND content_moderation_status = 'FLAGGED'"));
        n.Set("moderation_pending", sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_mediafile")} AND content_moderation_status = 'PENDING'"));
        n.Set("users_with_violations", sql.Scalar(
            "SELECT COUNT(*) FROM web_userprofile p JOIN auth_user u ON u.id = p.user_id WHERE u.date_joined < @c AND p.content_moderation_violations > 0"));
        n.Set("users_banned", sql.Scalar(
            "SELECT COUNT(*) FROM web_userprofile p JOIN auth_user u ON u.id = p.user_id WHERE u.date_joined < @c AND p.is_content_banned"));

        // Engagement: each metric counts what it needs, the live items included, as Django's did.
        n.Set("favorite_items_total", sql.Scalar($"SELECT COUNT(*) {LiveItems()} AND is_favorite"));
        foreach (var (key, table) in new[] { ("items_with_images_pct", "web_collectionitemimage"), ("items_with_attributes_pct", "web_collectionitemattributevalue"), ("items_with_links_pct", "web_collectionitemlink") })
        {
            var with = sql.Scalar($"SELECT COUNT(*) {LiveItems("i")} AND EXISTS (SELECT 1 FROM {table} c WHERE c.item_id = i.id AND {Sql.Live("c")})");
            n.Set(key, LiveRows.Percent(with, sql.Scalar($"SELECT COUNT(*) {LiveItems()}")));
        }
        var liveValues = sql.Scalar($"SELECT COUNT(*) {LiveOfItems("web_collectionitemattributevalue")}");
        n.Set("avg_attributes_per_item", LiveRows.Ratio(liveValues, sql.Scalar($"SELECT COUNT(*) {LiveItems()}")));
        n.Set("avg_items_per_collection", LiveRows.Ratio(
            sql.Scalar($"SELECT COUNT(*) {LiveItems()}"), sql.Scalar($"SELECT COUNT(*) {LiveFrom("web_collection")}")));
        return n;
    }
}
