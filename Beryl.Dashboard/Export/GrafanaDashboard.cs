using Beryl.Dashboard.Formats;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Export;

/// <summary>
/// docs/grafana/daily_metrics_dashboard.json, generated from <see cref="MetricCatalog"/>: the alerts on top, then a row
/// per category, stat panels with the latest numbers, then time series of the same metrics. Import it with
/// <c>POST /api/dashboards/db</c> and <c>{"dashboard": ..., "overwrite": true}</c>.
/// </summary>
public static class GrafanaDashboard
{
    public const string Title = "Beryl Daily Metrics";
    public const string Uid = "beryl-daily-metrics";
    public const string DefaultPath = "docs/grafana/daily_metrics_dashboard.json";

    private const int StatWidth = 4, StatHeight = 4, ChartWidth = 12, ChartHeight = 8;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Readable quotes and non-ASCII in descriptions; the file is JSON for Grafana, not for an HTML page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The file's exact text: the same catalog and time zone (<c>Metrics:TimeZone</c>, the days the snapshots belong
    /// to) always give the same bytes.
    /// </summary>
    public static string Render(string timeZone) => Build(timeZone).ToJsonString(Json) + "\n";

    public static JsonObject Build(string timeZone)
    {
        var panels = new JsonArray();
        var layout = new GridLayout();
        var id = 0;
        // Above the rows, once: the first thing to look at, whichever category the alerts are about.
        panels.Add(GrafanaPanels.Stat(++id, "Alerts",
            "Alerts of the latest snapshot's report: changes past a threshold that are unusual for their metric.",
            MetricUnit.Count,
            [.. SeverityText.OfAlerts.Select(s => new GrafanaTarget($"{PrometheusExporter.AlertsName}{{severity=\"{s.Name()}\"}}", s.Name()))],
            layout.Place(2 * StatWidth, StatHeight)));
        foreach (var category in MetricCatalog.ByCategory())
        {
            panels.Add(GrafanaPanels.Row(++id, category.Key.Title(), layout.FullWidthRow()));
            var groups = ChartGroups.Of(category);

            foreach (var group in groups.Where(g => g.Kind != ChartGroupKind.Distribution))
                panels.Add(GrafanaPanels.Stat(++id, group.Title, Describe(group.Metrics), group.First.Unit,
                    Targets(group), layout.Place(StatWidth, StatHeight)));
            if (category.Key == MetricCategory.CollectionRun)
                panels.Add(GrafanaPanels.Stat(++id, "Time since last collection",
                    "Time since the latest snapshot was collected; more than a day means the nightly collection did not run.",
                    MetricUnit.Seconds, [new($"time() - {PrometheusExporter.LastCollectionName}", "")],
                    layout.Place(StatWidth, StatHeight)));
            layout.NewLine();

            foreach (var chart in Charts(category.Key, groups))
                panels.Add(GrafanaPanels.TimeSeries(++id, chart.Title, Describe(chart.Metrics), chart.First.Unit,
                    Targets(chart), layout.Place(ChartWidth, ChartHeight)));
        }

        return new JsonObject
        {
            ["id"] = null,
            ["uid"] = Uid,
            ["title"] = Title,
            ["description"] = $"Daily snapshots of Beryl, scraped from {DashboardUrls.Prometheus}. Generated from the metric " +
                              "catalog by `export-grafana` (make export-grafana): edit the catalog, not this file.",
            ["tags"] = new JsonArray("beryl", "daily-metrics"),
            ["timezone"] = timeZone,
            ["weekStart"] = "monday",
            ["editable"] = true,
            ["graphTooltip"] = 1,
            ["liveNow"] = false,
            ["fiscalYearStartMonth"] = 0,
            ["refresh"] = "1h",
            ["schemaVersion"] = 39,
            ["version"] = 1,
            ["time"] = new JsonObject { ["from"] = "now-90d", ["to"] = "now" },
            ["timepicker"] = new JsonObject(),
            ["links"] = new JsonArray(),
            ["annotations"] = new JsonObject { ["list"] = new JsonArray() },
            ["templating"] = new JsonObject { ["list"] = new JsonArray(DatasourceVariable()) },
            ["panels"] = panels,
        };
    }

    /// <summary>
    /// The data source chooser. Grafana models it as a variable of type "datasource" whose query is the plugin
    /// id, here "prometheus"; panels then use <c>${datasource}</c> instead of a uid that differs per Grafana.
    /// </summary>
    private static JsonObject DatasourceVariable() => new()
    {
        ["name"] = GrafanaPanels.DatasourceVariable,
        ["label"] = "Data source",
        ["type"] = "datasource",
        ["query"] = "prometheus",
        ["current"] = new JsonObject(),
        ["hide"] = 0,
        ["includeAll"] = false,
        ["multi"] = false,
        ["options"] = new JsonArray(),
        ["refresh"] = 1,
        ["regex"] = "",
        ["skipUrlSync"] = false,
    };

    /// <summary>
    /// The time series of a category in catalog order: one per windowed count and per distribution; the other
    /// metrics share a chart per unit (counts with counts, bytes with bytes), so scales stay comparable.
    /// </summary>
    private static List<ChartGroup> Charts(MetricCategory category, IReadOnlyList<ChartGroup> groups)
    {
        var singles = groups.Where(g => g.Kind == ChartGroupKind.Single).SelectMany(g => g.Metrics)
            .GroupBy(m => m.Unit).ToDictionary(u => u.Key, u => u.ToList());
        var charts = new List<ChartGroup>();
        foreach (var group in groups)
        {
            if (group.Kind != ChartGroupKind.Single)
                charts.Add(group);
            else if (singles.Remove(group.First.Unit, out var sameUnit))
                charts.Add(new(ChartGroupKind.Single, SharedTitle(category, sameUnit, groups), sameUnit));
        }
        return charts;
    }

    private static string SharedTitle(MetricCategory category, List<MetricDefinition> metrics, IReadOnlyList<ChartGroup> groups)
    {
        if (metrics.Count == 1)
            return metrics[0].Label;
        var units = groups.Where(g => g.Kind == ChartGroupKind.Single).Select(g => g.First.Unit).Distinct().Count();
        return units == 1 ? category.Title() : $"{category.Title()} ({UnitWord(metrics[0].Unit)})";
    }

    private static string UnitWord(MetricUnit unit) => unit switch
    {
        MetricUnit.Bytes => "bytes",
        MetricUnit.Percent => "shares",
        MetricUnit.Ratio => "averages",
        MetricUnit.Seconds => "seconds",
        _ => "counts",
    };

    private static List<GrafanaTarget> Targets(ChartGroup group) => group.Kind switch
    {
        ChartGroupKind.Distribution => [new(group.First.PrometheusName, "{{" + group.First.Dimension + "}}")],
        ChartGroupKind.Windowed => group.Metrics.Select(m => new GrafanaTarget(m.PrometheusName, ChartGroups.WindowOf(m))).ToList(),
        _ => group.Metrics.Select(m => new GrafanaTarget(m.PrometheusName, m.Label)).ToList(),
    };

    private static string Describe(IReadOnlyList<MetricDefinition> metrics) => metrics.Count == 1
        ? metrics[0].Description
        : string.Join("\n", metrics.Select(m => $"{m.Label}: {m.Description}"));
}
