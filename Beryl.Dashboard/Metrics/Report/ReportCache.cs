using System.Collections.Concurrent;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// The reports the page shows, built once and shared while the store holds what they were built from: each request
/// reads the store's revision and latest day (<see cref="StoreRevision"/>, one small query), and a report of the same day and
/// revision is served again, for at most <see cref="MaxAge"/> (Beryl's releases, which the report also shows, are
/// Beryl's and raise no revision). A report is immutable, so every page view can share it.
/// </summary>
public sealed class ReportCache(ReportBuilder reports, SnapshotStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Days kept at most: today and a few days an admin looks back at; a burst of other days starts again.</summary>
    private const int MaxDays = 32;

    private sealed record Built(long Revision, DateTimeOffset At, MetricReport? Report);

    /// <summary>By the day asked for; <see cref="DateOnly.MinValue"/> for the latest.</summary>
    private readonly ConcurrentDictionary<DateOnly, Built> built = new();

    /// <summary>The report of <paramref name="day"/> (the latest snapshot's when null), as <see cref="ReportBuilder.BuildAsync(DateOnly?, CancellationToken)"/> builds it.</summary>
    public async Task<MetricReport?> GetAsync(DateOnly? day, CancellationToken ct = default)
    {
        // Read before the report is built, so a change during the build leaves an older revision on it, never a newer.
        var (revision, latest) = await store.RevisionAsync(ct);
        var key = day ?? DateOnly.MinValue;
        var now = clock.GetUtcNow();
        if (built.TryGetValue(key, out var cached) && cached.Revision == revision && now - cached.At < MaxAge)
            return cached.Report;
        var report = (day ?? latest) is { } reportDay ? await reports.BuildAsync(reportDay, ct) : null;
        if (built.Count >= MaxDays)
            built.Clear();
        built[key] = new Built(revision, now, report);
        return report;
    }
}
