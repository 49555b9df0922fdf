using Beryl.Dashboard.Formats;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// What a collection produced; <see cref="Unknown"/> are the catalog metrics it could not know and no earlier
/// collection of the day knew (stored as null), <see cref="Kept"/> those it could not know whose earlier values stay.
/// </summary>
public sealed record CollectionResult(DateOnly Day, int MetricCount, TimeSpan Duration, bool IsProvisional, int SnapshotsDeleted,
    IReadOnlyList<MetricDefinition> Unknown, IReadOnlyList<MetricDefinition> Kept)
{
    public int KnownCount => MetricCatalog.All.Count - Unknown.Count;

    /// <summary>
    /// The result of saving <paramref name="rows"/> values for <paramref name="day"/>, of which the metrics in
    /// <paramref name="notKnown"/> could not be known and those in <paramref name="keptKeys"/> kept an earlier collection's values.
    /// </summary>
    public static CollectionResult Of(DateOnly day, int rows, long durationMs, bool provisional, int snapshotsDeleted,
        IReadOnlyList<MetricDefinition> notKnown, IReadOnlyList<string> keptKeys)
    {
        var kept = notKnown.Where(m => keptKeys.Contains(m.Key)).ToList();
        return new CollectionResult(day, rows, TimeSpan.FromMilliseconds(durationMs), provisional, snapshotsDeleted, notKnown.Except(kept).ToList(), kept);
    }

    public string Summary =>
        $"Collected {IsoDay.Text(Day)}{(IsProvisional ? " (provisional)" : "")}: {MetricCatalog.All.Count} metrics ({MetricCount} values) in {Duration.TotalSeconds:0.000} s" +
        (Kept.Count == 0 ? "" : $"; {Kept.Count} it could not know kept from the day's earlier collection");
}
