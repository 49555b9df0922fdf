using Beryl.Dashboard.Formats;
using System.Diagnostics;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// The history of days that ended long ago, all at once. Of such a day only the metrics exact for past days can be
/// known (<see cref="MetricDefinition.ExactForPastDates"/>: join dates and rows created, which Beryl keeps), and
/// those are events: so one grouped pass per table over the whole range counts its rows per quarter of an hour (a
/// quarter hour lies in one local day in every time zone), the quarters are summed per local day, and each day's
/// windows are sums of days, instead of one whole collection per day. The days are then saved as collections of them
/// would be (the other metrics unknown; a value an earlier collection knew is kept, <see cref="SnapshotMerge"/>), in
/// one transaction.
/// </summary>
public sealed class PastDaysCollector(
    IDbContextFactory<BerylDbContext> beryl,
    SnapshotStore store,
    BusinessCalendar calendar,
    TimeProvider clock,
    IOptions<MetricsOptions> options)
{
    /// <summary>The days of the range whose own collection could not know their current states any more.</summary>
    public bool IsPast(DateOnly day) => !calendar.PeriodFor(day, clock.GetUtcNow()).CurrentStateExact;

    /// <summary>Collects every day of <paramref name="days"/> (each <see cref="IsPast"/>); days before Beryl's first user are skipped.</summary>
    public async Task<PastDays> CollectAsync(IReadOnlyList<DateOnly> days, CancellationToken ct = default)
    {
        var started = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        if (days.Count == 0)
            return new PastDays([], [], null);
        // From the start of the first day's 30-day window to the end of the last day.
        var (rangeStart, last) = (days.Min().AddDays(1 - (int)MetricWindow.Month), days.Max());
        var (from, to) = (calendar.StartOf(rangeStart), calendar.StartOf(last.AddDays(1)));

        Dictionary<DateOnly, int> joined, collections, items, uploads;
        int joinedBefore;
        DateOnly? firstDataDay;
        try
        {
            await using var db = await beryl.CreateDbContextAsync(ct);
            await BerylSchema.EnsureAsync(db, ct);
            await using var read = await BerylReadTransaction.BeginAsync(db, ct);
            firstDataDay = await MetricsCollector.FirstDataDayAsync(db, calendar, ct);
            joinedBefore = await db.Users.CountAsync(u => u.DateJoined < from, ct);
            joined = await PerDayAsync(db.Users.Select(u => u.DateJoined), from, to, ct);
            collections = await PerDayAsync(db.Collections.Select(c => c.Created), from, to, ct);
            items = await PerDayAsync(db.CollectionItems.Select(i => i.Created), from, to, ct);
            uploads = await PerDayAsync(db.MediaFiles.Select(m => m.Created), from, to, ct);
        }
        catch (Exception e) when (DatabaseFailures.Unreachable(e) is { } reason)
        {
            throw new DatabaseUnavailableException(
                $"Beryl's database is unreachable ({reason}): the collection of {IsoDay.Text(days.Min())} to {IsoDay.Text(last)} " +
                "stopped before saving, the days' previous snapshots are unchanged.", e);
        }

        int Sum(Dictionary<DateOnly, int> perDay, DateOnly day, int days) =>
            Enumerable.Range(0, days).Sum(back => perDay.GetValueOrDefault(day.AddDays(-back)));
        var unknown = MetricCatalog.All.Where(m => !m.ExactForPastDates).ToList();
        var snapshots = new List<MetricSnapshot>();
        var skipped = new List<DateOnly>();
        var durationMs = stopwatch.ElapsedMilliseconds;
        foreach (var day in days.Order())
        {
            if (firstDataDay is not DateOnly firstData || day < firstData)
            {
                skipped.Add(day);
                continue;
            }
            var values = new SnapshotValues();
            // users_total: everyone who joined before the range, and day by day since.
            values.Set("users_total", joinedBefore + Sum(joined, day, day.DayNumber - rangeStart.DayNumber + 1));
            foreach (var (prefix, perDay) in new[] { ("users_new", joined), ("collections_created", collections), ("items_created", items), ("uploads", uploads) })
                values.SetWindows(prefix, WindowCounts.Of(w => Sum(perDay, day, (int)w)));
            foreach (var metric in unknown)
                values.SetUnknown(metric);
            values.Set("collection_duration_seconds", durationMs / 1000.0);
            values.EnsureComplete();
            var period = calendar.PeriodFor(day, started);
            snapshots.Add(new MetricSnapshot
            {
                Day = day, CutOff = period.CutOff, CollectedAt = started.UtcDateTime, DurationMs = durationMs,
                IsProvisional = period.IsProvisional, Values = values.ToRows(),
            });
        }

        // One transaction for the whole range.
        var kept = snapshots.Count == 0 ? new Dictionary<DateOnly, IReadOnlyList<string>>() : await store.SaveAllAsync(snapshots, ct);
        var results = snapshots.Select(s => CollectionResult.Of(s.Day, s.Values.Count, durationMs, s.IsProvisional, 0, unknown, kept[s.Day])).ToList();
        await store.DeleteBeforeAsync(calendar.DayOf(started).AddDays(-options.Value.RetentionDays), ct);
        return new PastDays(results, skipped, firstDataDay);
    }

    /// <summary>How many of <paramref name="times"/> fall on each local day from <paramref name="from"/> to before <paramref name="to"/>.</summary>
    private async Task<Dictionary<DateOnly, int>> PerDayAsync(IQueryable<DateTime> times, DateTime from, DateTime to, CancellationToken ct) =>
        (await QuarterHours.CountAsync(times, from, to, ct))
            .GroupBy(q => calendar.DayOf(new DateTimeOffset(q.Start, TimeSpan.Zero)))
            .ToDictionary(g => g.Key, g => g.Sum(q => q.Count));
}
