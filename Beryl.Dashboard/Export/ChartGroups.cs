using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The catalog read as chart groups: the three windows of a count go together (its <see cref="MetricFamily"/>), a
/// distribution stands alone, and every other metric is a group of one. Read from the declarations, so a new
/// catalog entry needs nothing here.
/// </summary>
public static class ChartGroups
{
    public static IReadOnlyList<ChartGroup> Of(IEnumerable<MetricDefinition> metrics) =>
        metrics.GroupBy(m => (object?)m.Family ?? m.Key).Select(group => group.First() switch
        {
            { IsDistribution: true } metric => new ChartGroup(ChartGroupKind.Distribution, metric.Label, [metric]),
            { Family: { } family } => new ChartGroup(ChartGroupKind.Windowed, family.Label, group.OrderBy(m => m.Window).ToList()),
            var metric => new ChartGroup(ChartGroupKind.Single, metric.Label, [metric]),
        }).ToList();

    /// <summary>The window a metric of a windowed group covers ("24h").</summary>
    public static string WindowOf(MetricDefinition metric) => metric.Window!.Value.Suffix();
}
