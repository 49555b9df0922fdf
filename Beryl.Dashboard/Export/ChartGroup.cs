using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>Metrics that belong on one chart, in catalog order.</summary>
public sealed record ChartGroup(ChartGroupKind Kind, string Title, IReadOnlyList<MetricDefinition> Metrics)
{
    public MetricDefinition First => Metrics[0];
}
