using Beryl.Dashboard.Formats;
using System.Data.Common;
using System.Globalization;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// Imports the snapshots Beryl's own collector left in <c>web_dailymetrics</c> (<see cref="BerylCollectorColumns"/>),
/// reading Beryl only. A row describes the moment it ran, whatever its <c>collection_date</c> says: a run within the
/// grace minutes after a midnight is the final snapshot of the day that just ended, any other run a provisional
/// snapshot of its own day. Of a day with several runs the final one is kept, else the latest. A day that already has
/// a snapshot is left as it is (the dashboard's own, or imported before: importing twice changes nothing), and so is a
/// day older than the retention.
/// </summary>
public sealed class BerylHistoryImport(
    IDbContextFactory<BerylDbContext> beryl,
    SnapshotStore store,
    BusinessCalendar calendar,
    TimeProvider clock,
    IOptions<MetricsOptions> options)
{
    public async Task<ImportSummary> ImportAsync(CancellationToken ct = default)
    {
        List<BerylRun>? runs;
        try
        {
            runs = await ReadRunsAsync(ct);
        }
        catch (Exception e) when (DatabaseFailures.Unreachable(e) is { } reason)
        {
            throw new DatabaseUnavailableException($"Beryl's database is unreachable ({reason}): nothing was imported.", e);
        }
        if (runs is null)
            return new ImportSummary(false, [], [], new Dictionary<string, int>());

        var today = calendar.DayOf(clock.GetUtcNow());
        var firstKept = today.AddDays(-options.Value.RetentionDays);
        var skipped = new List<(DateOnly Day, string Why)>();
        var chosen = new List<(CollectionPeriod Period, BerylRun Run)>();
        foreach (var day in runs.Select(r => (Period: PeriodOf(r.CollectedAt), Run: r)).GroupBy(r => r.Period.Day).OrderBy(g => g.Key))
        {
            // Final before provisional; of two provisional runs the later one, nearer to the day's end.
            var kept = day.OrderBy(r => r.Period.IsProvisional)
                .ThenBy(r => r.Period.IsProvisional ? -r.Run.CollectedAt.Ticks : r.Run.CollectedAt.Ticks).First();
            if (day.Key < firstKept)
                skipped.Add((day.Key, options.Value.PastRetention));
            else
                chosen.Add(kept);
            foreach (var other in day.Where(r => r.Run != kept.Run))
                skipped.Add((day.Key, $"another run of the day kept: {Local(kept.Run.CollectedAt)} over {Local(other.Run.CollectedAt)}"));
        }

        var stored = chosen.Count == 0 ? [] : await store.StoredDaysAsync(chosen.Min(c => c.Period.Day), chosen.Max(c => c.Period.Day), ct);
        var snapshots = new List<MetricSnapshot>();
        var unknown = new Dictionary<string, int>();
        foreach (var (period, run) in chosen)
        {
            if (stored.TryGetValue(period.Day, out var imported))
            {
                skipped.Add((period.Day, imported ? "imported before" : "collected by the dashboard, which is kept"));
                continue;
            }
            var snapshot = SnapshotOf(period, run);
            // A distribution without fixed labels has no row at all when unknown: a metric is known by its known values.
            foreach (var metric in MetricCatalog.All.Where(m => !snapshot.Values.Any(v => v.Key == m.Key && v.Value is not null)))
                unknown[metric.Key] = unknown.GetValueOrDefault(metric.Key) + 1;
            snapshots.Add(snapshot);
        }
        if (snapshots.Count > 0)
            await store.SaveAllAsync(snapshots, ct);
        return new ImportSummary(true, snapshots.Select(s => s.Day).ToList(), skipped.OrderBy(s => s.Day).ToList(), unknown);
    }

    /// <summary>The day and cut-off of a run: the day that ended within the grace minutes before it, else its own day so far.</summary>
    private CollectionPeriod PeriodOf(DateTime collectedAt)
    {
        var day = calendar.DayOf(new DateTimeOffset(collectedAt, TimeSpan.Zero));
        var ended = calendar.PeriodFor(day.AddDays(-1), collectedAt);
        return ended.CurrentStateExact ? ended : calendar.PeriodFor(day, collectedAt);
    }

    private static MetricSnapshot SnapshotOf(CollectionPeriod period, BerylRun run)
    {
        // Every metric unknown, as a collection that cannot know it stores it, then Beryl's columns.
        var values = new SnapshotValues();
        foreach (var metric in MetricCatalog.All)
            values.SetUnknown(metric);
        foreach (var column in BerylCollectorColumns.Imported)
        {
            var value = column.FixedHours && !SameSpan(period, column.Key) ? null : run.Values[column.Name];
            if (column.Label == "")
                values.Set(column.Key, value);
            else
                values.Set(column.Key, column.Label, value);
        }
        var rows = values.ToRows();
        foreach (var row in rows)
            (row.CollectedAt, row.Origin) = (run.CollectedAt, ValueOrigin.BerylCollector);
        return new MetricSnapshot
        {
            Day = period.Day, CutOff = period.CutOff, CollectedAt = run.CollectedAt, DurationMs = run.DurationSeconds * 1000,
            IsProvisional = period.IsProvisional,
            Values = rows,
        };
    }

    /// <summary>Whether the metric's window of local days is as long as Beryl's fixed hours: no daylight-saving change inside it.</summary>
    private static bool SameSpan(CollectionPeriod period, string key)
    {
        var window = MetricCatalog.ByKey(key).Window ?? MetricWindow.Day;
        return period.CutOff - period.Start(window) == TimeSpan.FromDays((int)window);
    }

    private string Local(DateTime utc) => IsoDay.Minute(calendar.ToLocal(utc));

    /// <summary>Beryl's runs, oldest first; null when Beryl has no such table (a Beryl before its migration 0025).</summary>
    private async Task<List<BerylRun>?> ReadRunsAsync(CancellationToken ct)
    {
        await using var db = await beryl.CreateDbContextAsync(ct);
        if (!await BerylSchema.HasTableAsync(db, BerylCollectorColumns.Table, ct))
            return null;
        await using var read = await BerylReadTransaction.BeginAsync(db, ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = read.GetDbTransaction();
        var columns = BerylCollectorColumns.Imported.Select(c => c.Name).Distinct().ToList();
        command.CommandText = $"SELECT {Quoted(BerylCollectorColumns.CollectedAt)}, {Quoted(BerylCollectorColumns.Duration)}, " +
                              $"{string.Join(", ", columns.Select(Quoted))} FROM {Quoted(BerylCollectorColumns.Table)} ORDER BY 1";
        var runs = new List<BerylRun>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            runs.Add(new BerylRun(DjangoTime.Utc(reader.GetDateTime(0)), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
                columns.Select((name, i) => (name, Value: Number(reader, i + 2))).ToDictionary(c => c.name, c => c.Value)));
        return runs;

        static string Quoted(string name) => $"\"{name}\"";
    }

    private static double? Number(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);


    private sealed record BerylRun(DateTime CollectedAt, long DurationSeconds, IReadOnlyDictionary<string, double?> Values);
}
