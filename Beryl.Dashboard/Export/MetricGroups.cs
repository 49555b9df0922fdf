using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The catalog read as chart groups: the three windows of a count go together, a distribution stands alone,
/// and every other metric is a group of one. Derived from the keys, so a new catalog entry needs nothing here.
/// </summary>
public static class MetricGroups
{
    public static IReadOnlyList<MetricGroup> Of(IEnumerable<MetricDefinition> metrics)
    {
        var list = metrics.ToList();
        var keys = list.ToDictionary(m => m.Key);
        var taken = new HashSet<string>();
        var groups = new List<MetricGroup>();
        foreach (var metric in list.Where(m => !taken.Contains(m.Key)))
        {
            if (metric.IsDistribution)
                groups.Add(new(MetricGroupKind.Distribution, metric.Label, [metric]));
            else if (Windows(metric, keys) is { } windows)
            {
                taken.UnionWith(windows.Select(w => w.Key));
                groups.Add(new(MetricGroupKind.Windowed, WithoutSuffix(metric.Label), windows));
            }
            else
                groups.Add(new(MetricGroupKind.Single, metric.Label, [metric]));
        }
        return groups;
    }

    /// <summary>The window a metric of a windowed group covers ("24h"), from its key.</summary>
    public static string WindowOf(MetricDefinition metric) =>
        MetricWindows.All.Select(w => w.Suffix()).First(s => metric.Key.EndsWith("_" + s, StringComparison.Ordinal));

    /// <summary>All windows of the metric's prefix when it is the first window and every window exists.</summary>
    private static List<MetricDefinition>? Windows(MetricDefinition metric, Dictionary<string, MetricDefinition> keys)
    {
        var first = "_" + MetricWindows.All[0].Suffix();
        if (!metric.Key.EndsWith(first, StringComparison.Ordinal))
            return null;
        var prefix = metric.Key[..^first.Length];
        var windows = MetricWindows.All.Select(w => keys.GetValueOrDefault(MetricWindows.Key(prefix, w))).ToList();
        return windows.All(w => w is not null && w.Category == metric.Category) ? windows.OfType<MetricDefinition>().ToList() : null;
    }

    /// <summary>"Active users (24h)" without its window: "Active users".</summary>
    private static string WithoutSuffix(string label)
    {
        var open = label.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && label.EndsWith(')') ? label[..open] : label;
    }
}
