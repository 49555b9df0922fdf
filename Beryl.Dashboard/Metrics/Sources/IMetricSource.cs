namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// Computes the metrics of one category as of a period's cut-off, with a few set-based queries and the passes
/// shared with other categories (<see cref="CollectionRead"/>).
/// </summary>
public interface IMetricSource
{
    MetricCategory Category { get; }

    Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct);
}
