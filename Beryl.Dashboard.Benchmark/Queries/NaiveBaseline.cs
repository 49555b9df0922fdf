using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Sources;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// The way the original Django command worked: one COUNT (or SUM) per metric, per window and per label, each
/// its own query, with the same "as of" rules as the collector so the numbers can be compared. Distributions
/// first list their labels (types, attributes, patterns, content types) and then count each one.
/// </summary>
public static class NaiveBaseline
{
    public static MetricNumbers Collect(Sql sql)
    {
        var n = new MetricNumbers();
        string LiveFrom(string table, string alias = "x") => $"FROM \"{table}\" {alias} WHERE {Sql.Live(alias)}";

        // Users
        n.Set("users_total", sql.Scalar("SELECT COUNT(*) FROM Users WHERE DateJoined < $c"));
        foreach (var w in MetricWindows.All)
        {
            var d = Sql.WindowParameter(w);
            n.SetWindow("users_active", w, sql.Scalar($"SELECT COUNT(DISTINCT UserId) FROM UserLogins WHERE At >= {d} AND At < $c"));
            n.SetWindow("users_new", w, sql.Scalar($"SELECT COUNT(*) FROM Users WHERE DateJoined >= {d} AND DateJoined < $c"));
        }

        // Collections
        n.Set("collections_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("Collections")}"));
        foreach (var visibility in Enum.GetValues<Visibility>())
            n.Add("collections_by_visibility", MetricCatalog.LabelOf(visibility),
                sql.Scalar($"SELECT COUNT(*) {LiveFrom("Collections")} AND Visibility = $v", ("$v", DjangoChoice.ToStored(visibility))));
        foreach (var w in MetricWindows.All)
            n.SetWindow("collections_created", w, sql.Scalar($"SELECT COUNT(*) {LiveFrom("Collections")} AND Created >= {Sql.WindowParameter(w)}"));

        // Items
        n.Set("items_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")}"));
        foreach (var status in Enum.GetValues<ItemStatus>())
            n.Add("items_by_status", MetricCatalog.LabelOf(status),
                sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")} AND Status = $s", ("$s", DjangoChoice.ToStored(status))));
        foreach (var w in MetricWindows.All)
            n.SetWindow("items_created", w, sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")} AND Created >= {Sql.WindowParameter(w)}"));
        n.Set("item_types_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("ItemTypes")}"));
        // Every type (a deleted one still labels its live items), counted one by one; live types show even at 0.
        foreach (var (id, name, live) in sql.Rows($"SELECT Id, DisplayName, {Sql.Live("t")} FROM ItemTypes t ORDER BY Id",
                     r => (r.GetInt32(0), r.GetString(1), r.GetBoolean(2))))
        {
            var count = sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")} AND ItemTypeId = $t", ("$t", id));
            if (live || count > 0)
                n.Add("items_by_type", name, count);
        }
        n.Add("items_by_type", MetricCatalog.Untyped, sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")} AND ItemTypeId IS NULL"));
        var attributes = sql.Rows(
            $"SELECT a.Id, t.DisplayName || ' / ' || a.DisplayName FROM ItemAttributes a JOIN ItemTypes t ON t.Id = a.ItemTypeId WHERE {Sql.Live("a")}",
            r => (Id: r.GetInt32(0), Label: r.GetString(1)));
        n.Set("attributes_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("ItemAttributes")}"));
        foreach (var (id, label) in attributes)
            n.Add("attribute_usage", label, sql.Scalar(
                "SELECT COUNT(DISTINCT v.ItemId) FROM AttributeValues v JOIN CollectionItems i ON i.Id = v.ItemId " +
                $"WHERE v.ItemAttributeId = $a AND {Sql.Live("v")} AND {Sql.Live("i")}", ("$a", id)));

        // Links
        n.Set("links_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("Links")}"));
        n.Set("links_matched", sql.Scalar($"SELECT COUNT(*) {LiveFrom("Links")} AND LinkPatternId IS NOT NULL"));
        n.Set("links_unmatched", sql.Scalar($"SELECT COUNT(*) {LiveFrom("Links")} AND LinkPatternId IS NULL"));
        foreach (var (id, name, live) in sql.Rows($"SELECT Id, DisplayName, {Sql.Live("p")} FROM LinkPatterns p ORDER BY Id",
                     r => (r.GetInt32(0), r.GetString(1), r.GetBoolean(2))))
        {
            var count = sql.Scalar($"SELECT COUNT(*) {LiveFrom("Links")} AND LinkPatternId = $p", ("$p", id));
            if (live || count > 0)
                n.Add("links_by_pattern", name, count);
        }

        // Storage
        n.Set("media_files_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("MediaFiles")}"));
        n.Set("storage_bytes_total", sql.Scalar($"SELECT SUM(FileSize) {LiveFrom("MediaFiles")}"));
        foreach (var w in MetricWindows.All)
            n.SetWindow("uploads", w, sql.Scalar($"SELECT COUNT(*) {LiveFrom("MediaFiles")} AND Created >= {Sql.WindowParameter(w)}"));
        n.Set("media_orphaned", sql.Scalar(
            $"SELECT COUNT(*) {LiveFrom("MediaFiles", "m")} AND m.MediaType <> 'AVATAR' " +
            $"AND NOT EXISTS (SELECT 1 FROM CollectionImages ci WHERE ci.MediaFileId = m.Id AND {Sql.Live("ci")}) " +
            $"AND NOT EXISTS (SELECT 1 FROM CollectionItemImages ii WHERE ii.MediaFileId = m.Id AND {Sql.Live("ii")})"));
        n.Set("media_corrupted", sql.Scalar($"SELECT COUNT(*) {LiveFrom("MediaFiles")} AND FileExists = 0"));
        foreach (var contentType in sql.Rows($"SELECT DISTINCT ContentType {LiveFrom("MediaFiles")}", r => r.IsDBNull(0) ? null : r.GetString(0)))
            n.Add("storage_bytes_by_content_type", contentType ?? MetricCatalog.UnknownContentType, contentType is null
                ? sql.Scalar($"SELECT SUM(FileSize) {LiveFrom("MediaFiles")} AND ContentType IS NULL")
                : sql.Scalar($"SELECT SUM(FileSize) {LiveFrom("MediaFiles")} AND ContentType = $t", ("$t", contentType)));

        // Email
        n.Set("emails_total", sql.Scalar("SELECT COUNT(*) FROM EmailMessages WHERE Created < $c"));
        foreach (var (key, status) in new[] { ("emails_pending", EmailStatus.Pending), ("emails_sent", EmailStatus.Sent), ("emails_failed", EmailStatus.Failed) })
            n.Set(key, sql.Scalar("SELECT COUNT(*) FROM EmailMessages WHERE Created < $c AND Status = $s", ("$s", DjangoChoice.ToStored(status))));
        n.Set("marketing_opt_in", sql.Scalar(
            "SELECT COUNT(*) FROM Users u JOIN UserProfiles p ON p.UserId = u.Id WHERE u.IsActive AND u.DateJoined < $c AND p.ReceiveMarketingEmails"));
        n.Set("marketing_opt_out", sql.Scalar(
            "SELECT COUNT(*) FROM Users u LEFT JOIN UserProfiles p ON p.UserId = u.Id " +
            "WHERE u.IsActive AND u.DateJoined < $c AND (p.Id IS NULL OR NOT p.ReceiveMarketingEmails)"));

        // Moderation
        n.Set("moderation_flagged", sql.Scalar($"SELECT COUNT(*) {LiveFrom("MediaFiles")} AND ContentModerationStatus = 'FLAGGED'"));
        n.Set("moderation_pending", sql.Scalar($"SELECT COUNT(*) {LiveFrom("MediaFiles")} AND ContentModerationStatus = 'PENDING'"));
        n.Set("users_with_violations", sql.Scalar(
            "SELECT COUNT(*) FROM UserProfiles p JOIN Users u ON u.Id = p.UserId WHERE u.DateJoined < $c AND p.ContentModerationViolations > 0"));
        n.Set("users_banned", sql.Scalar(
            "SELECT COUNT(*) FROM UserProfiles p JOIN Users u ON u.Id = p.UserId WHERE u.DateJoined < $c AND p.IsContentBanned"));

        // Engagement: each metric counts what it needs, the live items included, as Django's did.
        n.Set("favorite_items_total", sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")} AND IsFavorite"));
        foreach (var (key, table) in new[] { ("items_with_images_pct", "CollectionItemImages"), ("items_with_attributes_pct", "AttributeValues"), ("items_with_links_pct", "Links") })
        {
            var with = sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems", "i")} AND EXISTS (SELECT 1 FROM \"{table}\" c WHERE c.ItemId = i.Id AND {Sql.Live("c")})");
            n.Set(key, LiveRows.Percent(with, sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")}")));
        }
        var liveValues = sql.Scalar(
            $"SELECT COUNT(*) FROM AttributeValues v JOIN CollectionItems i ON i.Id = v.ItemId WHERE {Sql.Live("v")} AND {Sql.Live("i")}");
        n.Set("avg_attributes_per_item", LiveRows.Ratio(liveValues, sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")}")));
        n.Set("avg_items_per_collection", LiveRows.Ratio(
            sql.Scalar($"SELECT COUNT(*) {LiveFrom("CollectionItems")}"), sql.Scalar($"SELECT COUNT(*) {LiveFrom("Collections")}")));
        return n;
    }
}
