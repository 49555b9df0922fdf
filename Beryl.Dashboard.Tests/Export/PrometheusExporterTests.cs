using V = Beryl.Dashboard.Tests.Support.StoredSnapshots.V;
using Beryl.Dashboard.Tests.Support;
using System.Globalization;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The text rendered from hand-built snapshots: what is written, what is left out, and how.</summary>
public sealed class PrometheusExporterTests
{
    private static MetricSnapshot Snapshot(params V[] values) => StoredSnapshots.Snapshot(new DateOnly(2026, 3, 29),
        new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 29, 22, 0, 30, 250, DateTimeKind.Utc), 1234, values);

    private static string[] Lines(MetricSnapshot snapshot) => PrometheusExporter.Render(snapshot).Split('\n');

    [Fact]
    public void Without_a_snapshot_the_text_says_no_metrics_are_available()
    {
        Assert.Equal("# No metrics available\n", PrometheusExporter.Render(null));
    }

    [Fact]
    public void A_metric_has_help_type_and_its_sample()
    {
        var lines = Lines(Snapshot(new V("users_total", 42)));

        Assert.Contains("# HELP beryl_users Users who joined before the cut-off.", lines);
        Assert.Contains("# TYPE beryl_users gauge", lines);
        Assert.Contains("beryl_users 42", lines);
    }

    [Fact]
    public void Unknown_values_are_left_out_never_written_as_zero()
    {
        var lines = Lines(Snapshot(
            new V("emails_failed", null),
            new V("items_by_status", null, "wanted"),
            new V("items_by_status", 3, "sold")));

        Assert.Contains("# TYPE beryl_emails_failed gauge", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("beryl_emails_failed", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("beryl_items_by_status{status=\"wanted\"}", StringComparison.Ordinal));
        Assert.Contains("beryl_items_by_status{status=\"sold\"} 3", lines);
    }

    [Fact]
    public void Percentages_are_exported_as_ratios()
    {
        var lines = Lines(Snapshot(
            new V("items_with_images_pct", 50),
            new V("items_with_links_pct", 12.5),
            new V("items_with_attributes_pct", 100)));

        Assert.Contains("beryl_items_with_images_ratio 0.5", lines);
        Assert.Contains("beryl_items_with_links_ratio 0.125", lines);
        Assert.Contains("beryl_items_with_attributes_ratio 1", lines);
    }

    [Fact]
    public void Averages_bytes_and_seconds_are_written_as_they_are_stored()
    {
        var lines = Lines(Snapshot(
            new V("avg_items_per_collection", 2.75),
            new V("storage_bytes_total", 123456789012),
            new V("collection_duration_seconds", 1.234)));

        Assert.Contains("beryl_items_per_collection 2.75", lines);
        Assert.Contains("beryl_storage_bytes 123456789012", lines);
        Assert.Contains("beryl_collection_duration_seconds 1.234", lines);
    }

    [Fact]
    public void Numbers_use_a_dot_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Contains("beryl_items_per_collection 1234.5", Lines(Snapshot(new V("avg_items_per_collection", 1234.5))));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Distributions_write_fixed_labels_in_catalog_order_then_others_by_name()
    {
        var lines = Lines(Snapshot(
            new V("items_by_type", 2, "Vinyl"),
            new V("items_by_type", 5, "Book"),
            new V("items_by_status", 1, "sold"),
            new V("items_by_status", 7, "in_collection")));

        var samples = lines.Where(l => l.StartsWith("beryl_items_by_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
        [
            "beryl_items_by_status{status=\"in_collection\"} 7",
            "beryl_items_by_status{status=\"sold\"} 1",
            "beryl_items_by_type{type=\"Book\"} 5",
            "beryl_items_by_type{type=\"Vinyl\"} 2",
        ], samples);
    }

    [Fact]
    public void The_last_collection_time_is_in_unix_seconds()
    {
        Assert.Contains("beryl_last_collection_timestamp_seconds 1774821630.25", Lines(Snapshot()));
    }

    [Fact]
    public void The_collection_duration_family_is_written_once()
    {
        var lines = Lines(Snapshot(new V("collection_duration_seconds", 1.234)));

        Assert.Single(lines, l => l == "# TYPE beryl_collection_duration_seconds gauge");
        Assert.Single(lines, l => l.StartsWith("beryl_collection_duration_seconds ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_help_of_a_percentage_says_it_is_a_ratio()
    {
        Assert.Contains(
            "# HELP beryl_items_with_images_ratio Share of live items with at least one image (0 when there are no items). As a ratio (1 = 100 %).",
            Lines(Snapshot()));
    }
}
