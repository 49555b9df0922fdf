using System.Text;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The reference tables of docs/METRICS.md, one per category, generated from <see cref="MetricCatalog"/>;
/// <c>export-docs</c> writes them between the <see cref="Section"/> markers.
/// </summary>
public static class MetricsReference
{
    public static readonly MarkdownSection Section = new("metrics-reference");
    public const string DefaultPath = "docs/METRICS.md";

    public static string Render()
    {
        var defaults = new MetricsOptions();
        var text = new StringBuilder();
        text.Append("<!-- Generated from the metric catalog by `export-docs` (make export-docs): edit the catalog, not these tables. -->\n\n");
        text.Append($"{MetricCatalog.All.Count} metrics. Alert thresholds are the defaults (`METRICS_ALERT_THRESHOLD_WARNING`, " +
                    "`METRICS_ALERT_THRESHOLD_CRITICAL`); they apply to the change in percent over 1, 7 and 30 days, in either direction, " +
                    "and give a change its severity; it is an alert, and marked, only when it is also unusual for the metric ([Alerts](#alerts)).\n");
        foreach (var category in MetricCatalog.ByCategory())
        {
            text.Append($"\n### {category.Key.Title()}\n\n");
            text.Append("| Key | Prometheus | Description | Unit | Up is | Alert thresholds | Exact for past dates |\n");
            text.Append("|---|---|---|---|---|---|---|\n");
            foreach (var m in category)
                text.Append($"| `{m.Key}` | {PrometheusCell(m)} | {Cell(Description(m))} | {Unit(m.Unit)} | {Polarity(m.Polarity)} " +
                            $"| {Alerts(m, defaults)} | {(m.ExactForPastDates ? "yes" : "no: unknown (N/A) for past dates")} |\n");
        }
        return text.ToString();
    }

    private static string PrometheusCell(MetricDefinition m) =>
        m.IsDistribution ? $"`{m.PrometheusName}{{{m.Dimension}=\"…\"}}`" : $"`{m.PrometheusName}`";

    private static string Description(MetricDefinition m) => m.FixedLabels is { Count: > 0 } labels
        ? $"{m.Description} `{m.Dimension}`: {string.Join(", ", labels.Select(l => $"`{l}`"))}."
        : m.IsDistribution ? $"{m.Description} One series per `{m.Dimension}`." : m.Description;

    private static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => "percent (0..1 ratio in Prometheus)",
        MetricUnit.Ratio => "average",
        MetricUnit.Bytes => "bytes",
        MetricUnit.Seconds => "seconds",
        _ => "count",
    };

    private static string Polarity(Polarity polarity) => polarity switch
    {
        Metrics.Polarity.UpIsGood => "good",
        Metrics.Polarity.UpIsBad => "bad",
        _ => "neutral",
    };

    private static string Alerts(MetricDefinition m, MetricsOptions defaults) => m.Alerts
        ? $"warning ±{defaults.AlertThresholdWarning:0.##} %, critical ±{defaults.AlertThresholdCritical:0.##} %"
        : "none";

    /// <summary>A pipe would end the table cell; a line break would end the row.</summary>
    private static string Cell(string text) => text.Replace("|", @"\|").Replace("\n", " ");
}
