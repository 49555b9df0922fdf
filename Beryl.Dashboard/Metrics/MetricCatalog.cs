using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// Every metric the dashboard collects, declared once (docs/METRICS.md lists them, generated from here). Adding a
/// metric means one entry here and one value set by the source of its category (three for a windowed count).
/// </summary>
public static class MetricCatalog
{
    // Declared before All: static fields initialise in order, and Build() reads them.
    public static readonly IReadOnlyList<string> VisibilityLabels = BerylChoices.Visibilities.Select(LabelOf).ToArray();
    public static readonly IReadOnlyList<string> StatusLabels = BerylChoices.ItemStatuses.Select(LabelOf).ToArray();

    public static readonly IReadOnlyList<MetricDefinition> All = Build();

    private static readonly Dictionary<string, MetricDefinition> ByKeyIndex = All.ToDictionary(m => m.Key);

    public static MetricDefinition ByKey(string key) =>
        ByKeyIndex.TryGetValue(key, out var metric) ? metric : throw new KeyNotFoundException($"No metric '{key}' in the catalog.");

    public static bool TryGet(string key, out MetricDefinition metric) => ByKeyIndex.TryGetValue(key, out metric!);

    public static IEnumerable<IGrouping<MetricCategory, MetricDefinition>> ByCategory() => All.GroupBy(m => m.Category);


    /// <summary>Label used for items without a type and media files without a content type.</summary>
    public const string Untyped = "untyped";
    public const string UnknownContentType = "unknown";

    /// <summary>
    /// The label of a stored choice in Prometheus and the views: the value in lower case (<c>LENT_OUT</c> is
    /// <c>lent_out</c>), a value a newer Beryl added included.
    /// </summary>
    public static string LabelOf(string stored) => stored.ToLowerInvariant();

    private static List<MetricDefinition> Build()
    {
        var m = new List<MetricDefinition>();
        const bool exact = true, currentState = false;

        void Add(string key, MetricCategory c, string label, string description, Polarity p, string prometheus,
            bool exactForPast, MetricUnit unit = MetricUnit.Count, string? dimension = null,
            IReadOnlyList<string>? fixedLabels = null, bool alerts = true, MetricWindow? window = null, MetricFamily? family = null) =>
            m.Add(new(key, c, label, description, unit, p, prometheus, exactForPast, dimension, fixedLabels, alerts, window, family));

        void Windowed(string prefix, MetricCategory c, string label, string description, Polarity p, string prometheusPrefix,
            bool exactForPast = currentState)
        {
            var family = new MetricFamily(prefix, label);
            foreach (var w in MetricWindows.All)
                Add(MetricWindows.Key(prefix, w), c, $"{label} ({w.Suffix()})", $"{description} {w.Describe()}.", p,
                    $"{prometheusPrefix}_{w.Suffix()}", exactForPast, window: w, family: family);
        }

        // Users
        Add("users_total", MetricCategory.Users, "Total users", "Users who joined before the cut-off.",
            Polarity.UpIsGood, "beryl_users", exact);
        Windowed("users_active", MetricCategory.Users, "Active users", "Users whose latest sign-in (Beryl keeps no other) is",
            Polarity.UpIsGood, "beryl_users_active");
        Windowed("users_new", MetricCategory.Users, "New users", "Users who joined",
            Polarity.UpIsGood, "beryl_users_new", exact);

        // Collections
        Add("collections_total", MetricCategory.Collections, "Total collections", "Live (not deleted) collections.",
            Polarity.UpIsGood, "beryl_collections", currentState);
        Add("collections_by_visibility", MetricCategory.Collections, "Collections by visibility",
            "Live collections per visibility.", Polarity.Neutral, "beryl_collections_by_visibility", currentState,
            dimension: "visibility", fixedLabels: VisibilityLabels);
        Windowed("collections_created", MetricCategory.Collections, "Collections created",
            "Collections (deleted since or not) created", Polarity.UpIsGood, "beryl_collections_created", exact);

        // Items
        Add("items_total", MetricCategory.Items, "Total items", "Live items.", Polarity.UpIsGood, "beryl_items", currentState);
        Add("items_by_status", MetricCategory.Items, "Items by status", "Live items per status.",
            Polarity.Neutral, "beryl_items_by_status", currentState, dimension: "status", fixedLabels: StatusLabels);
        Windowed("items_created", MetricCategory.Items, "Items created", "Items (deleted since or not) created",
            Polarity.UpIsGood, "beryl_items_created", exact);
        Add("item_types_total", MetricCategory.Items, "Item types", "Live item types.",
            Polarity.Neutral, "beryl_item_types", currentState);
        Add("items_by_type", MetricCategory.Items, "Items by type",
            $"Live items per item type (\"{Untyped}\" for items without one).",
            Polarity.Neutral, "beryl_items_by_type", currentState, dimension: "type");
        Add("attributes_total", MetricCategory.Items, "Attribute definitions", "Live item attribute definitions.",
            Polarity.Neutral, "beryl_item_attributes", currentState);
        Add("attribute_usage", MetricCategory.Items, "Attribute usage",
            "Live items with at least one value for the attribute (labelled \"Type / Attribute\").",
            Polarity.Neutral, "beryl_items_with_attribute", currentState, dimension: "attribute");

        // Links
        Add("links_total", MetricCategory.Links, "Total links", "Live item links.", Polarity.Neutral, "beryl_links", currentState);
        Add("links_matched", MetricCategory.Links, "Matched links", "Live links that matched a link pattern.",
            Polarity.UpIsGood, "beryl_links_matched", currentState);
        Add("links_unmatched", MetricCategory.Links, "Unmatched links", "Live links that matched no link pattern.",
            Polarity.UpIsBad, "beryl_links_unmatched", currentState);
        Add("links_by_pattern", MetricCategory.Links, "Links by pattern", "Live links per link pattern.",
            Polarity.Neutral, "beryl_links_by_pattern", currentState, dimension: "pattern");

        // Storage
        Add("media_files_total", MetricCategory.Storage, "Media files", "Live media files.",
            Polarity.Neutral, "beryl_media_files", currentState);
        Add("storage_bytes_total", MetricCategory.Storage, "Storage used", "Sum of the sizes of live media files.",
            Polarity.Neutral, "beryl_storage_bytes", currentState, MetricUnit.Bytes);
        Windowed("uploads", MetricCategory.Storage, "Uploads", "Media files (deleted since or not) uploaded",
            Polarity.UpIsGood, "beryl_uploads", exact);
        Add("media_orphaned", MetricCategory.Storage, "Orphaned files",
            "Live media files (avatars excluded) that no live image row references.",
            Polarity.UpIsBad, "beryl_media_files_orphaned", currentState);
        // One name, Beryl's own ("corrupted files" in its collector), for a file its row says is not in storage.
        Add("media_corrupted", MetricCategory.Storage, "Corrupted files", "Live media files whose file is missing from storage.",
            Polarity.UpIsBad, "beryl_media_files_corrupted", currentState);
        Add("storage_bytes_by_content_type", MetricCategory.Storage, "Storage by content type",
            $"Bytes of live media files per content type (\"{UnknownContentType}\" for none).",
            Polarity.Neutral, "beryl_storage_by_content_type_bytes", currentState, MetricUnit.Bytes, dimension: "content_type");

        // Email
        Add("emails_total", MetricCategory.Email, "Emails", "Outbound messages created before the cut-off.",
            Polarity.Neutral, "beryl_emails", currentState);
        Add("emails_pending", MetricCategory.Email, "Emails pending", "Outbound messages still pending.",
            Polarity.Neutral, "beryl_emails_pending", currentState);
        Add("emails_sent", MetricCategory.Email, "Emails sent", "Outbound messages sent.",
            Polarity.UpIsGood, "beryl_emails_sent", currentState);
        Add("emails_failed", MetricCategory.Email, "Emails failed", "Outbound messages that failed.",
            Polarity.UpIsBad, "beryl_emails_failed", currentState);
        // The total of failures grows for ever: a day when mail breaks barely moves it, the day's own count does.
        Windowed("emails_failed", MetricCategory.Email, "Emails failed", "Outbound messages that failed, of those created",
            Polarity.UpIsBad, "beryl_emails_failed");
        Add("marketing_opt_in", MetricCategory.Email, "Marketing opt-in", "Active users who receive marketing mail.",
            Polarity.UpIsGood, "beryl_marketing_opt_in_users", currentState);
        Add("marketing_opt_out", MetricCategory.Email, "Marketing opt-out",
            "Active users who do not receive marketing mail.", Polarity.Neutral, "beryl_marketing_opt_out_users", currentState);

        // Moderation
        Add("moderation_flagged", MetricCategory.Moderation, "Flagged media", "Live media files flagged by moderation.",
            Polarity.UpIsBad, "beryl_moderation_flagged_media_files", currentState);
        Add("moderation_pending", MetricCategory.Moderation, "Media pending review",
            "Live media files waiting for moderation.", Polarity.UpIsBad, "beryl_moderation_pending_media_files", currentState);
        Add("users_with_violations", MetricCategory.Moderation, "Users with violations",
            "Users with at least one content moderation violation.", Polarity.UpIsBad, "beryl_users_with_violations", currentState);
        Add("users_banned", MetricCategory.Moderation, "Banned users", "Users banned for their content.",
            Polarity.UpIsBad, "beryl_users_banned", currentState);

        // Engagement
        Add("favorite_items_total", MetricCategory.Engagement, "Favourite items", "Live items marked favourite.",
            Polarity.UpIsGood, "beryl_favorite_items", currentState);
        Add("items_with_images_pct", MetricCategory.Engagement, "Items with images",
            "Share of live items with at least one image (0 when there are no items).",
            Polarity.UpIsGood, "beryl_items_with_images_ratio", currentState, MetricUnit.Percent);
        Add("items_with_attributes_pct", MetricCategory.Engagement, "Items with attributes",
            "Share of live items with at least one attribute value (0 when there are no items).",
            Polarity.UpIsGood, "beryl_items_with_attributes_ratio", currentState, MetricUnit.Percent);
        Add("items_with_links_pct", MetricCategory.Engagement, "Items with links",
            "Share of live items with at least one link (0 when there are no items).",
            Polarity.UpIsGood, "beryl_items_with_links_ratio", currentState, MetricUnit.Percent);
        Add("avg_attributes_per_item", MetricCategory.Engagement, "Attribute values per item",
            "Live attribute values per live item (0 when there are no items).",
            Polarity.UpIsGood, "beryl_attribute_values_per_item", currentState, MetricUnit.Ratio);
        Add("avg_items_per_collection", MetricCategory.Engagement, "Items per collection",
            "Live items per live collection (0 when there are no collections).",
            Polarity.UpIsGood, "beryl_items_per_collection", currentState, MetricUnit.Ratio);

        // The collection itself
        Add("collection_duration_seconds", MetricCategory.CollectionRun, "Collection duration",
            "How long the collection took (millisecond precision).", Polarity.UpIsBad,
            "beryl_collection_duration_seconds", exact, MetricUnit.Seconds, alerts: false);

        return m;
    }
}
