using System.Text.Json.Nodes;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The JSON of Grafana's panels (row, stat, timeseries) as the dashboard model of Grafana 10.3+ (schema 39)
/// describes them. Every panel and query uses the <c>${datasource}</c> variable, never a fixed data source.
/// </summary>
public static class GrafanaPanels
{
    public const string DatasourceVariable = "datasource";

    public static JsonObject Datasource() => new()
    {
        ["type"] = "prometheus",
        ["uid"] = "${" + DatasourceVariable + "}",
    };

    /// <summary>Grafana's unit for a catalog unit; percentages are exported as 0..1 ratios, hence "percentunit".</summary>
    public static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Bytes => "bytes",
        MetricUnit.Percent => "percentunit",
        MetricUnit.Seconds => "s",
        MetricUnit.Ratio => "none",
        _ => "short",
    };

    public static int? Decimals(MetricUnit unit) => unit switch
    {
        MetricUnit.Count => 0,
        MetricUnit.Percent => 1,
        MetricUnit.Ratio => 2,
        _ => null,
    };

    public static JsonObject Row(int id, string title, GridPos pos) => new()
    {
        ["id"] = id,
        ["type"] = "row",
        ["title"] = title,
        ["collapsed"] = false,
        ["datasource"] = Datasource(),
        ["gridPos"] = pos.ToJson(),
        ["panels"] = new JsonArray(),
    };

    public static JsonObject Stat(int id, string title, string description, MetricUnit unit, IReadOnlyList<GrafanaTarget> targets, GridPos pos) =>
        Panel(id, "stat", title, description, pos, Defaults(unit, "thresholds", custom: null), targets, new JsonObject
        {
            ["colorMode"] = "none",
            ["graphMode"] = "area",
            ["justifyMode"] = "auto",
            ["orientation"] = "auto",
            ["reduceOptions"] = new JsonObject
            {
                ["calcs"] = new JsonArray("lastNotNull"),
                ["fields"] = "",
                ["values"] = false,
            },
            ["showPercentChange"] = false,
            ["textMode"] = targets.Count > 1 ? "value_and_name" : "value",
            ["wideLayout"] = true,
        });

    public static JsonObject TimeSeries(int id, string title, string description, MetricUnit unit, IReadOnlyList<GrafanaTarget> targets, GridPos pos) =>
        Panel(id, "timeseries", title, description, pos, Defaults(unit, "palette-classic", new JsonObject
        {
            // A snapshot holds for its whole day: steps show that honestly, lines would invent values in between.
            ["drawStyle"] = "line",
            ["lineInterpolation"] = "stepAfter",
            ["lineWidth"] = 1,
            ["fillOpacity"] = 10,
            ["showPoints"] = "never",
            ["spanNulls"] = false,
            ["axisPlacement"] = "auto",
            ["stacking"] = new JsonObject { ["mode"] = "none", ["group"] = "A" },
        }), targets, new JsonObject
        {
            ["legend"] = new JsonObject
            {
                ["displayMode"] = "list",
                ["placement"] = "bottom",
                ["showLegend"] = true,
                ["calcs"] = new JsonArray(),
            },
            ["tooltip"] = new JsonObject { ["mode"] = "multi", ["sort"] = "desc" },
        });

    private static JsonObject Panel(int id, string type, string title, string description, GridPos pos,
        JsonObject fieldDefaults, IReadOnlyList<GrafanaTarget> targets, JsonObject options) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["title"] = title,
        ["description"] = description,
        ["datasource"] = Datasource(),
        ["gridPos"] = pos.ToJson(),
        ["fieldConfig"] = new JsonObject { ["defaults"] = fieldDefaults, ["overrides"] = new JsonArray() },
        ["options"] = options,
        ["targets"] = new JsonArray(targets.Select((t, i) => (JsonNode)new JsonObject
        {
            ["refId"] = RefId(i),
            ["datasource"] = Datasource(),
            ["expr"] = t.Expr,
            ["legendFormat"] = t.LegendFormat,
            ["range"] = true,
            ["instant"] = false,
        }).ToArray()),
    };

    private static JsonObject Defaults(MetricUnit unit, string colorMode, JsonObject? custom)
    {
        var defaults = new JsonObject
        {
            ["unit"] = Unit(unit),
            ["color"] = new JsonObject { ["mode"] = colorMode },
            ["thresholds"] = new JsonObject
            {
                ["mode"] = "absolute",
                ["steps"] = new JsonArray(new JsonObject { ["color"] = "text", ["value"] = null }),
            },
        };
        if (Decimals(unit) is int decimals)
            defaults["decimals"] = decimals;
        if (custom is not null)
            defaults["custom"] = custom;
        return defaults;
    }

    /// <summary>A, B, ... Z, AA, AB: the query ids Grafana itself hands out.</summary>
    private static string RefId(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : RefId(index / 26 - 1) + (char)('A' + index % 26);
}
