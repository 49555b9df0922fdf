using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// Activity counts are events: the rows created in each window, deleted since or not. Beryl's soft delete keeps a
/// row and its <c>created</c>, so unlike a current state (what is live now) these counts are exact for any past day,
/// whenever they are collected. One statement per table: the 30-day window's rows, counted per window; for today's
/// provisional snapshot one more, the 24-hour window's split at the day's start (<see cref="TodaySoFar"/>).
/// </summary>
public static class CreatedRows
{
    /// <summary>Sets the windows of <paramref name="prefix"/> (items_created_24h, _7d, _30d) from the rows created in each.</summary>
    public static async Task SetAsync<T>(SnapshotValues values, string prefix, IQueryable<T> rows, CollectionRead beryl, CancellationToken ct)
        where T : BerylContent
    {
        var created = await InWindowsAsync(rows, beryl.Period, ct);
        values.SetWindows(prefix, created, await beryl.TodaySoFarAsync(rows.Select(r => r.Created), ct));
    }

    /// <summary>The rows created in a window ending at the cut-off, deleted since or not: the events a window counts.</summary>
    public static IQueryable<T> InWindow<T>(IQueryable<T> rows, CollectionPeriod period, MetricWindow window) where T : BerylContent
    {
        DateTime start = period.Start(window), end = period.CutOff;
        return rows.Where(r => r.Created >= start && r.Created < end);
    }

    private static async Task<WindowCounts> InWindowsAsync<T>(IQueryable<T> rows, CollectionPeriod period, CancellationToken ct)
        where T : BerylContent
    {
        DateTime c = period.CutOff, d1 = period.Start(MetricWindow.Day), d7 = period.Start(MetricWindow.Week), d30 = period.Start(MetricWindow.Month);
        return await rows.Where(r => r.Created >= d30 && r.Created < c).GroupBy(_ => 1)
            .Select(g => new WindowCounts(g.Count(r => r.Created >= d1), g.Count(r => r.Created >= d7), g.Count()))
            .SingleOrDefaultAsync(ct) ?? WindowCounts.None;
    }
}
