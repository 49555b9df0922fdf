using Beryl.Dashboard.Tests.Support;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Every metric of the catalog on <see cref="HandCountedBeryl"/> as of 2026-06-15. The expected numbers are
/// the hand counts written in the comments of the dataset.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class HandCountedMetricsTests(HandCountedFixture fixture) : IClassFixture<HandCountedFixture>
{
    private Collected Snapshot => fixture.June15Snapshot;

    [Fact]
    public void Every_catalog_metric_has_a_known_value()
    {
        var stored = Snapshot.Snapshot.Values;
        foreach (var metric in MetricCatalog.All)
        {
            var values = stored.Where(v => v.Key == metric.Key).ToList();
            Assert.True(values.Count > 0, $"{metric.Key} was not stored.");
            Assert.All(values, v => Assert.True(v.Value is not null, $"{metric.Key} {v.Label} is unknown."));
            if (!metric.IsDistribution)
                Assert.Equal("", Assert.Single(values).Label);
        }
        Assert.All(stored, v => Assert.True(MetricCatalog.TryGet(v.Key, out _), $"{v.Key} is not in the catalog."));
    }

    [Fact]
    public void The_snapshot_is_final_with_the_cut_off_at_local_midnight()
    {
        Assert.False(Snapshot.Snapshot.IsProvisional);
        Assert.Equal(June15.Utc("2026-06-15T22:00:00"), Snapshot.Snapshot.CutOff);
        Assert.Equal(June15.Utc("2026-06-15T22:05:00"), Snapshot.Snapshot.CollectedAt);
    }

    [Fact]
    public void Users()
    {
        Assert.Equal(6, Snapshot["users_total"]);
        Assert.Equal(1, Snapshot["users_new_24h"]);
        Assert.Equal(2, Snapshot["users_new_7d"]);
        Assert.Equal(3, Snapshot["users_new_30d"]);
        Assert.Equal(2, Snapshot["users_active_24h"]);
        Assert.Equal(3, Snapshot["users_active_7d"]);
        Assert.Equal(3, Snapshot["users_active_30d"]);
    }

    [Fact]
    public void Collections()
    {
        Assert.Equal(4, Snapshot["collections_total"]);
        Assert.Equal(new Dictionary<string, double?> { ["private"] = 1, ["unlisted"] = 1, ["public"] = 1, ["friends"] = 1 },
            Snapshot.Distribution("collections_by_visibility"));
        Assert.Equal(1, Snapshot["collections_created_24h"]);
        Assert.Equal(2, Snapshot["collections_created_7d"]);
        // The deleted wishlist was created in the month: an event counts, deleted since or not.
        Assert.Equal(3, Snapshot["collections_created_30d"]);
    }

    [Fact]
    public void Items()
    {
        Assert.Equal(6, Snapshot["items_total"]);
        Assert.Equal(new Dictionary<string, double?>
        {
            ["in_collection"] = 1, ["wanted"] = 1, ["reserved"] = 1, ["ordered"] = 0,
            ["lent_out"] = 1, ["previously_owned"] = 1, ["sold"] = 1,
        }, Snapshot.Distribution("items_by_status"));
        // i5, deleted since, was created in the day.
        Assert.Equal(2, Snapshot["items_created_24h"]);
        Assert.Equal(4, Snapshot["items_created_7d"]);
        Assert.Equal(5, Snapshot["items_created_30d"]);
    }

    [Fact]
    public void Item_types_with_untyped_items()
    {
        Assert.Equal(2, Snapshot["item_types_total"]);
        Assert.Equal(new Dictionary<string, double?> { ["Book"] = 3, ["Vinyl Record"] = 2, ["untyped"] = 1 },
            Snapshot.Distribution("items_by_type"));
    }

    [Fact]
    public void Attribute_definitions_and_their_use()
    {
        Assert.Equal(3, Snapshot["attributes_total"]);
        Assert.Equal(new Dictionary<string, double?>
        {
            ["Book / Author"] = 2, ["Book / Year"] = 1, ["Vinyl Record / Label"] = 1,
        }, Snapshot.Distribution("attribute_usage"));
    }

    [Fact]
    public void Links()
    {
        Assert.Equal(4, Snapshot["links_total"]);
        Assert.Equal(3, Snapshot["links_matched"]);
        Assert.Equal(1, Snapshot["links_unmatched"]);
        Assert.Equal(new Dictionary<string, double?> { ["Amazon"] = 2, ["Discogs"] = 1, ["eBay"] = 0 },
            Snapshot.Distribution("links_by_pattern"));
    }

    [Fact]
    public void Storage()
    {
        Assert.Equal(7, Snapshot["media_files_total"]);
        Assert.Equal(8050, Snapshot["storage_bytes_total"]);
        Assert.Equal(2, Snapshot["uploads_24h"]);
        // m10, deleted since, was uploaded in the week.
        Assert.Equal(5, Snapshot["uploads_7d"]);
        Assert.Equal(6, Snapshot["uploads_30d"]);
        Assert.Equal(2, Snapshot["media_orphaned"]);
        Assert.Equal(1, Snapshot["media_corrupted"]);
        Assert.Equal(new Dictionary<string, double?>
        {
            ["image/jpeg"] = 3000, ["image/png"] = 800, ["unknown"] = 4250, ["application/pdf"] = 0,
        }, Snapshot.Distribution("storage_bytes_by_content_type"));
    }

    [Fact]
    public void Email_and_marketing_consent()
    {
        Assert.Equal(7, Snapshot["emails_total"]);
        Assert.Equal(3, Snapshot["emails_pending"]);
        Assert.Equal(2, Snapshot["emails_sent"]);
        Assert.Equal(2, Snapshot["emails_failed"]);
        // e3 in the day, e8 in the week; e5 (sent, and created exactly at the cut-off) is neither.
        Assert.Equal(1, Snapshot["emails_failed_24h"]);
        Assert.Equal(2, Snapshot["emails_failed_7d"]);
        Assert.Equal(2, Snapshot["emails_failed_30d"]);
        Assert.Equal(2, Snapshot["marketing_opt_in"]);
        Assert.Equal(3, Snapshot["marketing_opt_out"]);
    }

    [Fact]
    public void Moderation_and_bans()
    {
        Assert.Equal(1, Snapshot["moderation_flagged"]);
        Assert.Equal(2, Snapshot["moderation_pending"]);
        Assert.Equal(2, Snapshot["users_with_violations"]);
        Assert.Equal(1, Snapshot["users_banned"]);
    }

    [Fact]
    public void Engagement_percents_and_ratios()
    {
        Assert.Equal(2, Snapshot["favorite_items_total"]);
        Assert.Equal(33.333333333, Snapshot["items_with_images_pct"]!.Value, 6);     // 2 of 6 items
        Assert.Equal(50, Snapshot["items_with_attributes_pct"]);                      // 3 of 6 items
        Assert.Equal(50, Snapshot["items_with_links_pct"]);                           // 3 of 6 items
        Assert.Equal(1, Snapshot["avg_attributes_per_item"]);                         // 6 values / 6 items
        Assert.Equal(1.5, Snapshot["avg_items_per_collection"]);                      // 6 items / 4 collections
    }

    [Fact]
    public void The_collection_records_its_own_duration_in_seconds()
    {
        var seconds = Snapshot["collection_duration_seconds"];
        Assert.NotNull(seconds);
        Assert.True(seconds >= 0);
        Assert.Equal(Snapshot.Snapshot.DurationMs / 1000.0, seconds);
    }

    [Fact]
    public async Task The_report_lists_fixed_labels_in_their_order_and_others_largest_first()
    {
        var report = await fixture.Services.Get<ReportBuilder>().BuildAsync(June15.Day);

        Assert.NotNull(report);
        Assert.Equal(
            ["in_collection", "wanted", "reserved", "ordered", "lent_out", "previously_owned", "sold"],
            report.Row("items_by_status").SubRows.Select(r => r.Label));
        Assert.Equal(["Book", "Vinyl Record", "untyped"], report.Row("items_by_type").SubRows.Select(r => r.Label));
        Assert.Equal(["unknown", "image/jpeg", "image/png", "application/pdf"],
            report.Row("storage_bytes_by_content_type").SubRows.Select(r => r.Label));
    }
}
