using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The latest snapshot as Prometheus gauges, generated from <see cref="MetricCatalog"/>: every metric gets its
/// HELP and TYPE lines, known values become samples, distributions become one sample per label: the largest
/// <c>largestLabels</c> of them, and the rest summed under <see cref="LargestLabels.Other"/>.
/// </summary>
public static class PrometheusExporter
{
    public const string NoMetrics = "# No metrics available\n";

    /// <summary>Not a catalog metric: it describes the snapshot itself, so an alert can fire when collection stops.</summary>
    public const string LastCollectionName = "beryl_last_collection_timestamp_seconds";

    /// <summary>Not a catalog metric either: the report's alerts by severity, the same list the page and the email show.</summary>
    public const string AlertsName = "beryl_alerts";

    public static string Render(MetricSnapshot? snapshot, IReadOnlyList<MetricAlert>? alerts = null,
        int largestLabels = MetricsOptions.DefaultLargestLabels)
    {
        if (snapshot is null)
            return NoMetrics;

        var text = new PrometheusText()
            .Comment($"Beryl daily metrics of {IsoDay.Text(snapshot.Day)}{(snapshot.IsProvisional ? " (provisional: the day is not over)" : "")}");
        var values = snapshot.Values.ToLookup(v => v.Key);
        foreach (var metric in MetricCatalog.All)
        {
            text.Gauge(metric.PrometheusName, Help(metric));
            // Unknown is not zero: a missing sample lets Grafana show a gap instead of a false drop.
            var known = values[metric.Key].Where(v => v.Value is not null).ToList();
            if (!metric.IsDistribution)
            {
                foreach (var value in known.Where(v => v.Label == ""))
                    text.Sample(metric.PrometheusName, Exported(metric, value.Value!.Value));
                continue;
            }
            var (largest, rest) = LargestLabels.Split(known, largestLabels, v => v.Value, v => v.Label);
            foreach (var value in InOrder(metric, largest))
                text.Sample(metric.PrometheusName, metric.Dimension, value.Label, Exported(metric, value.Value!.Value));
            if (rest.Count > 0)
                text.Sample(metric.PrometheusName, metric.Dimension, LargestLabels.Other, Exported(metric, LargestLabels.Sum(rest, v => v.Value)));
        }

        var collectedAt = new DateTimeOffset(DateTime.SpecifyKind(snapshot.CollectedAt, DateTimeKind.Utc));
        text.Gauge(LastCollectionName, "When the latest snapshot was collected, in seconds since the Unix epoch.")
            .Sample(LastCollectionName, collectedAt.ToUnixTimeMilliseconds() / 1000.0);
        if (alerts is not null)
        {
            text.Gauge(AlertsName, "Alerts of the latest snapshot's report (unusual changes past a threshold), by severity.");
            foreach (var severity in SeverityText.OfAlerts)
                text.Sample(AlertsName, "severity", severity.Name(), alerts.Count(a => a.Severity == severity));
        }
        return text.ToString();
    }

    /// <summary>Percentages are stored 0..100 for people; Prometheus wants 0..1 ratios (the names end in _ratio).</summary>
    public static double Exported(MetricDefinition metric, double value) =>
        metric.Unit == MetricUnit.Percent ? value / 100 : value;

    public static string Help(MetricDefinition metric) =>
        metric.Unit == MetricUnit.Percent ? $"{metric.Description} As a ratio (1 = 100 %)." : metric.Description;

    /// <summary>Fixed labels in the catalog's order (statuses as Beryl lists them), then the others by name.</summary>
    private static IEnumerable<MetricValue> InOrder(MetricDefinition metric, IEnumerable<MetricValue> values)
    {
        var fixedOrder = (metric.FixedLabels ?? []).Select((label, i) => (label, i)).ToDictionary(x => x.label, x => x.i);
        return values.OrderBy(v => fixedOrder.GetValueOrDefault(v.Label, int.MaxValue))
            .ThenBy(v => v.Label, StringComparer.Ordinal);
    }
}
