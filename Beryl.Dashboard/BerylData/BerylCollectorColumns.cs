namespace Beryl.Dashboard.BerylData;

/// <summary>
/// What Beryl's own collector stored, metric by metric: its <c>collect_daily_metrics</c> command (Beryl's migration
/// 0025) writes one row per run in <c>web_dailymetrics</c>. A column is imported only where the command computed the
/// dashboard's quantity (read in its code); every other metric is unknown on an imported day, with the command's
/// defect as the reason. The metrics exact for any past day are never imported: the backfill recomputes them from
/// Beryl's rows.
/// </summary>
public static class BerylCollectorColumns
{
    public const string Table = "web_dailymetrics";
    public const string CollectedAt = "collected_at";
    public const string Duration = "collection_duration_seconds";

    /// <summary>
    /// A column holding a catalog metric's value (<see cref="Label"/> for a distribution's label).
    /// <see cref="FixedHours"/>: Beryl counted <c>now - N days</c> in fixed hours, the dashboard N local days, the same
    /// span unless a daylight-saving change falls inside it.
    /// </summary>
    public sealed record Column(string Key, string Label, string Name, bool FixedHours = false);

    public static readonly IReadOnlyList<Column> Imported =
    [
        new("users_active_24h", "", "active_users_24h"),
        new("users_active_7d", "", "active_users_7d", FixedHours: true),
        new("users_active_30d", "", "active_users_30d", FixedHours: true),
        new("collections_total", "", "total_collections"),
        new("collections_by_visibility", "private", "collections_private"),
        new("collections_by_visibility", "public", "collections_public"),
        new("collections_by_visibility", "unlisted", "collections_unlisted"),
        new("item_types_total", "", "item_types_count"),
        new("attributes_total", "", "total_attributes"),
        new("media_files_total", "", "total_media_files"),
        new("storage_bytes_total", "", "total_storage_bytes"),
        new("media_corrupted", "", "corrupted_files"),
        new("moderation_flagged", "", "flagged_content"),
        new("moderation_pending", "", "pending_review"),
    ];

    /// <summary>Why a metric of an imported day with no value in Beryl's row is unknown; null for an imported one.</summary>
    public static string? WhyNotImported(string key) => NotImported.GetValueOrDefault(key);

    /// <summary>Why an active-users count over 7 or 30 days is unknown on a day whose window a DST change crosses.</summary>
    public const string AcrossDaylightSaving =
        "Beryl's collector counted fixed hours back, and a daylight-saving change makes them another span than the dashboard's local days.";

    private const string Recomputed =
        "Not imported: rebuilt from Beryl's rows for any past day (collect-daily-metrics --from/--to, or build-history); Beryl's collector also left out rows deleted since.";
    private const string DeletedRows = "Beryl's collector counted rows of deleted items too (Django's related managers do not hide them).";
    private const string NoEmail = "Beryl's collector stored no e-mail numbers.";

    private static readonly Dictionary<string, string> NotImported = new()
    {
        ["users_total"] = Recomputed,
        ["users_new_24h"] = Recomputed, ["users_new_7d"] = Recomputed, ["users_new_30d"] = Recomputed,
        ["collections_created_24h"] = Recomputed, ["collections_created_7d"] = Recomputed, ["collections_created_30d"] = Recomputed,
        ["items_created_24h"] = Recomputed, ["items_created_7d"] = Recomputed, ["items_created_30d"] = Recomputed,
        ["uploads_24h"] = Recomputed, ["uploads_7d"] = Recomputed, ["uploads_30d"] = Recomputed,
        ["items_total"] = "Beryl's collector counted the items of deleted collections too.",
        ["items_by_status"] =
            "Beryl's collector compared status LENT (stored as LENT_OUT, so always 0) and counted the items of deleted collections too.",
        ["items_by_type"] = "Beryl's collector kept the 20 largest types only, by display name.",
        ["attribute_usage"] = "Beryl's collector counted attribute definitions per name, not their use on items.",
        ["links_total"] = DeletedRows, ["links_matched"] = DeletedRows, ["links_unmatched"] = DeletedRows,
        ["links_by_pattern"] = "Beryl's collector kept the 20 largest patterns only, links of deleted items included.",
        ["media_orphaned"] = "Beryl's collector counted avatars, and files referenced only by deleted rows, as orphans.",
        ["storage_bytes_by_content_type"] = "Beryl's collector grouped by media type (the 10 largest), not by content type.",
        ["emails_total"] = NoEmail, ["emails_pending"] = NoEmail, ["emails_sent"] = NoEmail, ["emails_failed"] = NoEmail,
        ["emails_failed_24h"] = NoEmail, ["emails_failed_7d"] = NoEmail, ["emails_failed_30d"] = NoEmail,
        ["marketing_opt_in"] = "Beryl's collector read a consent field Beryl does not have (stored empty).",
        ["marketing_opt_out"] = "Beryl's collector read a consent field Beryl does not have (stored empty).",
        ["users_with_violations"] = "Beryl's collector read a violations field Beryl does not have (stored 0).",
        ["users_banned"] = "Beryl's collector read a ban field Beryl does not have (stored 0).",
        ["favorite_items_total"] = "Beryl's collector counted the favourites of deleted collections' items too.",
        ["items_with_images_pct"] = DeletedRows, ["items_with_attributes_pct"] = DeletedRows, ["items_with_links_pct"] = DeletedRows,
        ["avg_attributes_per_item"] = DeletedRows, ["avg_items_per_collection"] = DeletedRows,
        ["collection_duration_seconds"] = "Beryl's collector timed its own run, in whole seconds, not a collection of the dashboard.",
    };
}
