namespace Beryl.Dashboard.Metrics;

public enum MetricCategory { Users, Collections, Items, Links, Storage, Email, Moderation, Engagement, CollectionRun }

public enum MetricUnit { Count, Bytes, Percent, Ratio, Seconds }

/// <summary>Whether an increase is good news, bad news, or neither.</summary>
public enum Polarity { UpIsGood, UpIsBad, Neutral }

/// <summary>
/// One metric, declared once in <see cref="MetricCatalog"/>. Every view (page, email, CLI, Prometheus,
/// Grafana, docs) is generated from these declarations.
/// </summary>
/// <param name="Dimension">For a distribution: the name of its label (Prometheus label, chart series, sub-row).</param>
/// <param name="FixedLabels">For a distribution over a fixed set (statuses): every label, so zeros are kept.</param>
/// <param name="ExactForPastDates">False when the metric reads a current state Beryl keeps no history of.</param>
/// <param name="Alerts">False for metrics whose swings are noise (the collection's own duration).</param>
/// <param name="Window">For a windowed count (users_new_24h...): its window.</param>
public sealed record MetricDefinition(
    string Key,
    MetricCategory Category,
    string Label,
    string Description,
    MetricUnit Unit,
    Polarity Polarity,
    string PrometheusName,
    bool ExactForPastDates,
    string? Dimension = null,
    IReadOnlyList<string>? FixedLabels = null,
    bool Alerts = true,
    MetricWindow? Window = null)
{
    public bool IsDistribution => Dimension is not null;
}

/// <summary>The three trailing windows, in calendar days of the business time zone, each ending at the cut-off.</summary>
public enum MetricWindow { Day = 1, Week = 7, Month = 30 }

public static class MetricWindows
{
    public static readonly IReadOnlyList<MetricWindow> All = [MetricWindow.Day, MetricWindow.Week, MetricWindow.Month];

    public static string Suffix(this MetricWindow window) => window switch
    {
        MetricWindow.Day => "24h",
        MetricWindow.Week => "7d",
        _ => "30d",
    };

    public static string Describe(this MetricWindow window) => window switch
    {
        MetricWindow.Day => "over the last 24 hours",
        MetricWindow.Week => "over the last 7 days",
        _ => "over the last 30 days",
    };

    public static string Key(string prefix, MetricWindow window) => $"{prefix}_{window.Suffix()}";
}

public static class MetricCategories
{
    public static string Title(this MetricCategory category) => category switch
    {
        MetricCategory.CollectionRun => "Collection run",
        _ => category.ToString(),
    };
}
