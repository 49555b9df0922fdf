namespace Beryl.Dashboard.Metrics;

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
