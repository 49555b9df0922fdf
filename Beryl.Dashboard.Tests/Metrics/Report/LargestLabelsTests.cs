using Beryl.Dashboard.Email;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using static Beryl.Dashboard.Tests.Components.HandWrittenReports;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// One user's many item types: the email and Prometheus show the largest labels and the others summed as one; the
/// report (the page, the CSV) keeps every label. Five types here, the largest two shown.
/// </summary>
public sealed class LargestLabelsTests
{
    private static readonly DateOnly Day = new(2026, 6, 15);

    private static MetricSnapshot Today() => Snapshot(Day,
        new V("items_by_type", 40, "Book"), new V("items_by_type", 3, "spam 1"), new V("items_by_type", 25, "Vinyl"),
        new V("items_by_type", 2, "spam 2"), new V("items_by_type", 1, "spam 3"));

    [Fact]
    public void The_largest_are_kept_in_their_order_and_the_rest_set_apart()
    {
        var (largest, others) = LargestLabels.Split(["b 5", "a 9", "c 9", "d 1"], 2, s => double.Parse(s[2..]), s => s);

        // 9 and 9 tie: "a" before "c" by name; shown in the order given.
        Assert.Equal(["a 9", "c 9"], largest);
        Assert.Equal(["b 5", "d 1"], others);
    }

    [Fact]
    public void Prometheus_has_the_largest_labels_and_one_other()
    {
        var lines = PrometheusExporter.Render(Today(), largestLabels: 2).Split('\n');

        Assert.Equal(["beryl_items_by_type{type=\"(other)\"} 6", "beryl_items_by_type{type=\"Book\"} 40", "beryl_items_by_type{type=\"Vinyl\"} 25"],
            lines.Where(l => l.StartsWith("beryl_items_by_type{")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Prometheus_has_no_other_when_every_label_fits()
    {
        var lines = PrometheusExporter.Render(Today(), largestLabels: 5).Split('\n');

        Assert.Equal(5, lines.Count(l => l.StartsWith("beryl_items_by_type{")));
        Assert.DoesNotContain(lines, l => l.Contains("(other)"));
    }

    [Fact]
    public void The_email_lists_the_largest_and_one_line_for_the_others_while_the_report_keeps_all()
    {
        var report = Build(Today()) with { LabelsShown = 2 };
        var content = new ReportEmailContent(report, "http://localhost:5080/sys/metrics");

        var text = ReportEmailText.Write(content);

        Assert.Equal(5, report.Row("items_by_type").SubRows.Count);
        Assert.Contains("Items by type (5 types)", text);
        Assert.Matches(@"\n\s+· Book\s+40\s", text);
        Assert.Matches(@"\n\s+· Vinyl\s+25\s", text);
        Assert.Matches(@"\n\s+· 3 other types\s+6\s+N/A\s+N/A\n", text);
        Assert.DoesNotContain("spam", text);
    }
}
