using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Cli;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Export;

public sealed class GrafanaDashboardTests
{
    private static readonly JsonObject Dashboard = JsonNode.Parse(GrafanaDashboard.Render(new MetricsOptions().TimeZone))!.AsObject();
    private static readonly List<JsonObject> Panels = Dashboard["panels"]!.AsArray().Select(p => p!.AsObject()).ToList();

    private static IEnumerable<JsonObject> Targets(JsonObject panel) =>
        panel["targets"]?.AsArray().Select(t => t!.AsObject()) ?? [];

    private static IEnumerable<(JsonObject Panel, JsonObject Target)> AllTargets() =>
        Panels.SelectMany(p => Targets(p).Select(t => (p, t)));

    /// <summary>The expression names exactly this metric, not a longer name that starts with it.</summary>
    private static bool Queries(JsonObject target, string name) =>
        Regex.IsMatch((string)target["expr"]!, $"(?<![A-Za-z0-9_:]){Regex.Escape(name)}(?![A-Za-z0-9_:])");

    [Fact]
    public void The_committed_dashboard_is_what_export_grafana_generates()
    {
        var committed = Repository.Read(GrafanaDashboard.DefaultPath);
        var generated = GrafanaDashboard.Render(new MetricsOptions().TimeZone);

        Assert.True(committed == generated,
            $"{GrafanaDashboard.DefaultPath} is out of date ({Repository.FirstDifference(generated, committed)}). " +
            "Run `make export-grafana` and commit the file.");
    }

    [Fact]
    public void Every_catalog_metric_is_queried_by_some_panel()
    {
        var missing = MetricCatalog.All.Where(m => !AllTargets().Any(x => Queries(x.Target, m.PrometheusName)))
            .Select(m => m.PrometheusName).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void It_is_Beryl_Daily_Metrics_in_Zurich_time_with_a_stable_uid()
    {
        Assert.Equal("Beryl Daily Metrics", (string)Dashboard["title"]!);
        Assert.Equal("beryl-daily-metrics", (string)Dashboard["uid"]!);
        Assert.Equal("Europe/Zurich", (string)Dashboard["timezone"]!);
        Assert.True((int)Dashboard["schemaVersion"]! >= 39);
        // A new dashboard for POST /api/dashboards/db: no database id, the uid identifies it.
        Assert.Null(Dashboard["id"]);
    }

    [Fact]
    public void A_datasource_variable_picks_the_Prometheus_data_source()
    {
        var variable = Assert.Single(Dashboard["templating"]!["list"]!.AsArray())!;

        Assert.Equal("datasource", (string)variable["name"]!);
        Assert.Equal("datasource", (string)variable["type"]!);
        Assert.Equal("prometheus", (string)variable["query"]!);
    }

    [Fact]
    public void Every_panel_and_query_uses_the_datasource_variable()
    {
        var expected = new JsonObject { ["type"] = "prometheus", ["uid"] = "${datasource}" };

        Assert.All(Panels, p => Assert.True(JsonNode.DeepEquals(expected, p["datasource"]), $"panel {p["title"]}"));
        Assert.All(AllTargets(), x => Assert.True(JsonNode.DeepEquals(expected, x.Target["datasource"]), $"query {x.Target["expr"]}"));
        Assert.DoesNotContain("\"uid\": \"prometheus\"", GrafanaDashboard.Render(new MetricsOptions().TimeZone));
    }

    [Fact]
    public void Panels_are_rows_stats_and_time_series_never_the_old_graph()
    {
        Assert.All(Panels, p => Assert.Contains((string)p["type"]!, new[] { "row", "stat", "timeseries" }));
        Assert.Contains(Panels, p => (string)p["type"]! == "stat");
        Assert.Contains(Panels, p => (string)p["type"]! == "timeseries");
    }

    [Fact]
    public void There_is_a_row_per_category_in_catalog_order()
    {
        var rows = Panels.Where(p => (string)p["type"]! == "row").Select(p => (string)p["title"]!);

        Assert.Equal(["Users", "Collections", "Items", "Links", "Storage", "Email", "Moderation", "Engagement", "Collection run"], rows);
    }

    [Theory]
    [InlineData("beryl_users")]
    [InlineData("beryl_users_active_24h")]
    [InlineData("beryl_collections")]
    [InlineData("beryl_items")]
    [InlineData("beryl_storage_bytes")]
    public void Headline_numbers_have_a_stat_panel(string name)
    {
        Assert.Contains(AllTargets(), x => (string)x.Panel["type"]! == "stat" && Queries(x.Target, name));
    }

    [Theory]
    [InlineData("beryl_items_by_status", "{{status}}")]
    [InlineData("beryl_items_by_type", "{{type}}")]
    [InlineData("beryl_links_by_pattern", "{{pattern}}")]
    [InlineData("beryl_storage_by_content_type_bytes", "{{content_type}}")]
    public void Distributions_are_time_series_with_a_series_per_label(string name, string legend)
    {
        var (panel, target) = Assert.Single(AllTargets(), x => Queries(x.Target, name));

        Assert.Equal("timeseries", (string)panel["type"]!);
        Assert.Equal(legend, (string)target["legendFormat"]!);
    }

    [Fact]
    public void The_windows_of_a_count_share_one_time_series()
    {
        var panel = Assert.Single(Panels, p => (string)p["type"]! == "timeseries" && Targets(p).Any(t => Queries(t, "beryl_users_active_7d")));

        Assert.Equal(["24h", "7d", "30d"], Targets(panel).Select(t => (string)t["legendFormat"]!));
        Assert.Equal(["beryl_users_active_24h", "beryl_users_active_7d", "beryl_users_active_30d"], Targets(panel).Select(t => (string)t["expr"]!));
    }

    [Theory]
    [InlineData("beryl_storage_bytes", "bytes")]
    [InlineData("beryl_items_with_images_ratio", "percentunit")]
    [InlineData("beryl_collection_duration_seconds", "s")]
    [InlineData("beryl_users", "short")]
    public void Units_follow_the_catalog(string name, string unit)
    {
        var panels = AllTargets().Where(x => Queries(x.Target, name)).Select(x => x.Panel).Distinct().ToList();

        Assert.NotEmpty(panels);
        Assert.All(panels, p => Assert.Equal(unit, (string)p["fieldConfig"]!["defaults"]!["unit"]!));
    }

    [Fact]
    public void Panels_fit_the_grid_without_overlapping()
    {
        var boxes = Panels.Select(p => (Title: (string)p["title"]!, X: (int)p["gridPos"]!["x"]!, Y: (int)p["gridPos"]!["y"]!,
            W: (int)p["gridPos"]!["w"]!, H: (int)p["gridPos"]!["h"]!)).ToList();

        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.W > 0 && b.H > 0 && b.X + b.W <= 24, b.Title));
        for (var i = 0; i < boxes.Count; i++)
        for (var j = i + 1; j < boxes.Count; j++)
        {
            var (a, b) = (boxes[i], boxes[j]);
            var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
            Assert.False(overlap, $"'{a.Title}' overlaps '{b.Title}'");
        }
    }

    [Fact]
    public void No_panel_is_repeated()
    {
        // A panel is what it shows: the same kind of panel with the same queries under the same title twice is a copy
        // (a stat and a time series of one metric are two views of it).
        var shown = Panels.Where(p => (string)p["type"]! != "row")
            .Select(p => $"{p["type"]} {p["title"]}: {string.Join(" | ", Targets(p).Select(t => (string)t["expr"]!))}").ToList();

        Assert.Empty(shown.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void One_alerts_panel_above_the_rows_counts_the_alerts_by_severity()
    {
        var alerts = Assert.Single(Panels, p => (string)p["title"]! == "Alerts");

        Assert.Equal(["beryl_alerts{severity=\"critical\"}", "beryl_alerts{severity=\"warning\"}"], Targets(alerts).Select(t => (string)t["expr"]!));
        Assert.True(Panels.IndexOf(alerts) < Panels.FindIndex(p => (string)p["type"]! == "row"));
    }

    [Fact]
    public void Panel_ids_are_unique()
    {
        var ids = Panels.Select(p => (int)p["id"]!).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_output_is_the_same_every_time_and_ends_with_a_newline()
    {
        var text = GrafanaDashboard.Render(new MetricsOptions().TimeZone);

        Assert.Equal(text, GrafanaDashboard.Render(new MetricsOptions().TimeZone));
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.StartsWith("{\n  \"id\": null,\n", text);
    }

    [Fact]
    public async Task Export_grafana_writes_the_dashboard_to_the_output_path()
    {
        var written = await ExportAsync(new ServiceCollection().AddOptions(), Path.Combine("nested", "dashboard.json"));

        Assert.Equal(GrafanaDashboard.Render(new MetricsOptions().TimeZone), written);
    }

    [Fact]
    public async Task The_dashboard_shows_the_days_in_the_configured_time_zone()
    {
        var written = await ExportAsync(new ServiceCollection().Configure<MetricsOptions>(o => o.TimeZone = "America/New_York"), "dashboard.json");

        Assert.Equal("America/New_York", (string)JsonNode.Parse(written)!["timezone"]!);
    }

    /// <summary>Runs export-grafana with these services to a file under a temporary folder; the file's text.</summary>
    private static async Task<string> ExportAsync(IServiceCollection services, string relativePath)
    {
        var folder = Directory.CreateTempSubdirectory("beryl-grafana-");
        try
        {
            var path = Path.Combine(folder.FullName, relativePath);
            var command = new ExportGrafanaCommand();

            var exit = await command.RunAsync(new CliArguments(command.Name, ["--output", path], command.Options),
                services.BuildServiceProvider(), CancellationToken.None);

            Assert.Equal(0, exit);
            return await File.ReadAllTextAsync(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_command_is_registered()
    {
        Assert.Contains(CliApp.Commands, c => c is ExportGrafanaCommand && c.Name == "export-grafana");
    }
}
