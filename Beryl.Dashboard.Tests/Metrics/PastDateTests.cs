using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// 2026-06-09 collected afterwards, on the night of 2026-06-15: cut-off P = 2026-06-10 00:00 local =
/// 2026-06-09T22:00Z; windows start at 06-08T22:00Z (24h), 06-02T22:00Z (7d), 05-10T22:00Z (30d).
/// Rows created after P do not count, rows deleted after P still do, and current-state metrics are unknown.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class PastDateTests : IAsyncLifetime
{
    private static readonly DateOnly June9 = new(2026, 6, 9);
    private TestServices services = null!;
    private Collected snapshot = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
            await HandCountedBeryl.SeedAsync(db);
        snapshot = await Collected.CollectAsync(services, June9);
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public void The_cut_off_is_the_end_of_that_day()
    {
        Assert.Equal(June15.Utc("2026-06-09T22:00:00"), snapshot.Snapshot.CutOff);
        Assert.False(snapshot.Snapshot.IsProvisional);
    }

    [Fact]
    public void Users_as_of_that_day()
    {
        Assert.Equal(5, snapshot["users_total"]);        // alice, bob, carol, erin, grace
        Assert.Equal(1, snapshot["users_new_24h"]);      // carol, joined exactly at the window start
        Assert.Equal(1, snapshot["users_new_7d"]);       // carol
        Assert.Equal(3, snapshot["users_new_30d"]);      // bob, carol, grace
        Assert.Equal(1, snapshot["users_active_24h"]);   // bob on 06-09
        Assert.Equal(1, snapshot["users_active_7d"]);    // bob
        Assert.Equal(3, snapshot["users_active_30d"]);   // bob, erin, grace
    }

    [Fact]
    public void Rows_deleted_later_still_count_and_rows_created_later_do_not()
    {
        Assert.Equal(3, snapshot["collections_total"]);  // books, gone (deleted 06-10), wishlist
        Assert.Equal(0, snapshot["collections_created_24h"]);
        Assert.Equal(0, snapshot["collections_created_7d"]);
        Assert.Equal(1, snapshot["collections_created_30d"]); // wishlist
        Assert.Equal(4, snapshot["items_total"]);        // i1, i2, i6, i8
        Assert.Equal(1, snapshot["items_created_24h"]);  // i6
        Assert.Equal(1, snapshot["items_created_7d"]);   // i6
        Assert.Equal(2, snapshot["items_created_30d"]);  // i2, i6
        Assert.Equal(3, snapshot["item_types_total"]);   // Comic was deleted on 06-10
        Assert.Equal(new Dictionary<string, double?> { ["Book"] = 3, ["Vinyl Record"] = 1, ["Comic"] = 0, ["untyped"] = 0 },
            snapshot.Distribution("items_by_type"));
        Assert.Equal(4, snapshot["attributes_total"]);   // Colour was deleted on 06-10
        Assert.Equal(new Dictionary<string, double?>
        {
            ["Book / Author"] = 2, ["Book / Year"] = 2, ["Vinyl Record / Label"] = 1, ["Vinyl Record / Colour"] = 0,
        }, snapshot.Distribution("attribute_usage"));
    }

    [Fact]
    public void Links_storage_and_email_as_of_that_day()
    {
        Assert.Equal(2, snapshot["links_total"]);        // l1, l2
        Assert.Equal(2, snapshot["links_matched"]);
        Assert.Equal(0, snapshot["links_unmatched"]);
        Assert.Equal(new Dictionary<string, double?> { ["Amazon"] = 2, ["Discogs"] = 0, ["eBay"] = 0, ["Old shop"] = 0 },
            snapshot.Distribution("links_by_pattern"));
        Assert.Equal(3, snapshot["media_files_total"]);  // m1, m2, m7 (deleted 06-10)
        Assert.Equal(3800, snapshot["storage_bytes_total"]);
        Assert.Equal(new Dictionary<string, double?> { ["image/jpeg"] = 3800 }, snapshot.Distribution("storage_bytes_by_content_type"));
        Assert.Equal(0, snapshot["uploads_24h"]);
        Assert.Equal(0, snapshot["uploads_7d"]);
        Assert.Equal(1, snapshot["uploads_30d"]);        // m2
        Assert.Equal(1, snapshot["media_orphaned"]);     // m7
        Assert.Equal(1, snapshot["emails_total"]);       // e1
    }

    [Fact]
    public void Engagement_as_of_that_day()
    {
        Assert.Equal(50, snapshot["items_with_images_pct"]);      // i1, i2 of 4
        Assert.Equal(75, snapshot["items_with_attributes_pct"]);  // i1, i2, i8 of 4
        Assert.Equal(25, snapshot["items_with_links_pct"]);       // i1 of 4
        Assert.Equal(1.5, snapshot["avg_attributes_per_item"]);   // 6 values / 4 items
        Assert.Equal(1.333333333, snapshot["avg_items_per_collection"]!.Value, 6); // 4 items / 3 collections
    }

    [Fact]
    public void Current_state_metrics_are_stored_as_unknown()
    {
        string[] currentState =
        [
            "collections_by_visibility", "items_by_status", "media_corrupted", "emails_pending", "emails_sent",
            "emails_failed", "marketing_opt_in", "marketing_opt_out", "moderation_flagged", "moderation_pending",
            "users_with_violations", "users_banned", "favorite_items_total",
        ];
        foreach (var key in currentState)
        {
            var values = snapshot.Distribution(key);
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.True(v.Value is null, $"{key} {v.Key} should be unknown, got {v.Value}."));
        }
        // The fixed labels stay, so the rows still show (as N/A).
        Assert.Equal(8, snapshot.Distribution("items_by_status").Count);
        Assert.Equal(3, snapshot.Distribution("collections_by_visibility").Count);
    }

    [Fact]
    public async Task The_report_shows_unknown_values_as_na_with_the_reason()
    {
        var report = await services.Get<ReportBuilder>().BuildAsync(June9);

        Assert.NotNull(report);
        foreach (var row in new[] { report.Row("users_banned"), report.Row("items_by_status", "ordered") })
        {
            Assert.Null(row.Value);
            Assert.Equal("N/A", MetricFormat.Value(row.Value, row.Metric.Unit));
            Assert.Contains("after the day ended", row.UnknownReason);
            Assert.All(row.Changes, c => Assert.Equal(ChangeKind.NotAvailable, c.Kind));
        }
        var known = report.Row("users_total");
        Assert.Equal(5, known.Value);
        Assert.Null(known.UnknownReason);
    }
}
