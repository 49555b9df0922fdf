using Beryl.Dashboard.Formats;
using System.Diagnostics;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// Takes the snapshot of a day (docs/METRICS.md, "The nightly collection"): every source as of the day's cut-off, then one
/// atomic save (replacing that day's snapshot), then retention.
/// </summary>
public sealed class MetricsCollector(
    IDbContextFactory<BerylDbContext> beryl,
    IEnumerable<IMetricSource> sources,
    SnapshotStore store,
    BusinessCalendar calendar,
    TimeProvider clock,
    IOptions<MetricsOptions> options,
    ILogger<MetricsCollector> logger)
{
    private readonly IReadOnlyList<IMetricSource> sources = sources.OrderBy(s => s.Category).ToList();

    public async Task<CollectionResult> CollectAsync(DateOnly day, IProgress<CollectionProgress>? progress = null, CancellationToken ct = default)
    {
        var started = clock.GetUtcNow();
        var today = calendar.DayOf(started);
        if (day > today)
            throw new InvalidCollectionDateException(InvalidCollectionDateException.InFuture(day, today, calendar.Zone));

        var stopwatch = Stopwatch.StartNew();
        var period = calendar.PeriodFor(day, started);
        var values = new SnapshotValues();
        var steps = sources.Count + 1;

        try
        {
            await using var db = await beryl.CreateDbContextAsync(ct);
            await BerylSchema.EnsureAsync(db, ct);
            await using var read = await BerylReadTransaction.BeginAsync(db, ct);
            await EnsureAfterFirstDataAsync(db, day, ct);
            var passes = new CollectionRead(db, period, calendar);
            for (var i = 0; i < sources.Count; i++)
            {
                await sources[i].CollectAsync(passes, values, ct);
                progress?.Report(new CollectionProgress(i + 1, steps, sources[i].Category.Title()));
            }
        }
        catch (Exception e) when (DatabaseFailures.Unreachable(e) is { } reason)
        {
            throw new DatabaseUnavailableException(
                $"Beryl's database is unreachable ({reason}): the collection of {IsoDay.Text(day)} stopped before " +
                "saving, the day's previous snapshot is unchanged.", e);
        }

        // Collected too long after the cut-off, a current state is today's, not the day's: stored as unknown.
        IReadOnlyList<MetricDefinition> unknown = period.CurrentStateExact ? [] : MetricCatalog.All.Where(m => !m.ExactForPastDates).ToList();
        foreach (var metric in unknown)
            values.MarkUnknown(metric);

        var durationMs = stopwatch.ElapsedMilliseconds;
        values.Set("collection_duration_seconds", durationMs / 1000.0);
        values.EnsureComplete();

        var rows = values.ToRows();
        var kept = await store.SaveAsync(new MetricSnapshot
        {
            Day = day,
            CutOff = period.CutOff,
            CollectedAt = started.UtcDateTime,
            DurationMs = durationMs,
            IsProvisional = period.IsProvisional,
            Values = rows,
        }, ct);
        progress?.Report(new CollectionProgress(steps, steps, "Saved"));

        var deleted = await store.DeleteBeforeAsync(today.AddDays(-options.Value.RetentionDays), ct);
        var result = CollectionResult.Of(day, rows.Count, durationMs, period.IsProvisional, deleted, unknown, kept);
        logger.LogInformation("{Summary}; {Deleted} snapshots past retention deleted", result.Summary, deleted);
        return result;
    }

    /// <summary>A day before Beryl's first user, or any day while it has none, would be a snapshot of nothing: refuse it rather than store zeros.</summary>
    private async Task EnsureAfterFirstDataAsync(BerylDbContext db, DateOnly day, CancellationToken ct)
    {
        var firstDay = await FirstDataDayAsync(db, calendar, ct)
                       ?? throw new InvalidCollectionDateException(InvalidCollectionDateException.NoData(day));
        if (day < firstDay)
            throw new InvalidCollectionDateException(InvalidCollectionDateException.BeforeFirstData(day, firstDay));
    }

    /// <summary>The local day Beryl's first user joined; null while it has none.</summary>
    public static async Task<DateOnly?> FirstDataDayAsync(BerylDbContext db, BusinessCalendar calendar, CancellationToken ct) =>
        await db.Users.MinAsync(u => (DateTime?)u.DateJoined, ct) is DateTime first
            ? calendar.DayOf(new DateTimeOffset(first, TimeSpan.Zero))
            : null;
}
