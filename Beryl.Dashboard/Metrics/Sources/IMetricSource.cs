using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>Computes the metrics of one category as of a period's cut-off, with a few set-based queries.</summary>
public interface IMetricSource
{
    MetricCategory Category { get; }

    Task CollectAsync(BerylDbContext db, CollectionPeriod period, SnapshotValues values, CancellationToken ct);
}
