using Beryl.Dashboard.Formats;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// Keeps one snapshot per day; saving a day again replaces it in one transaction, keeping what only the earlier
/// collection knew (<see cref="SnapshotMerge"/>).
/// </summary>
public sealed class SnapshotStore(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>
    /// Saves a day's snapshot, replacing the day's earlier one except for the known values the new one could not know;
    /// returns the keys of the metrics whose earlier values were kept.
    /// </summary>
    /// <exception cref="DatabaseLockedException">Another connection held the write lock for the whole busy timeout.</exception>
    /// <exception cref="DatabaseUnavailableException">The database server was out of reach or went away.</exception>
    public async Task<IReadOnlyList<string>> SaveAsync(MetricSnapshot snapshot, CancellationToken ct = default) =>
        (await SaveAllAsync([snapshot], ct))[snapshot.Day];

    /// <summary>
    /// <see cref="SaveAsync"/> for many days in one transaction (a year of history is one commit, not 365); returns
    /// each day's kept keys. All of them are saved, or none.
    /// </summary>
    public async Task<IReadOnlyDictionary<DateOnly, IReadOnlyList<string>>> SaveAllAsync(IReadOnlyList<MetricSnapshot> snapshots,
        CancellationToken ct = default)
    {
        var days = snapshots.Count == 1 ? $"{IsoDay.Text(snapshots[0].Day)}" : $"{IsoDay.Text(snapshots.Min(s => s.Day))} to {IsoDay.Text(snapshots.Max(s => s.Day))}";
        await using var db = await contexts.CreateDbContextAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var kept = await ReplaceAsync(db, snapshots, ct);
            await db.RaiseRevisionAsync(ct);
            await tx.CommitAsync(ct);
            return kept;
        }
        catch (Exception e) when (DatabaseFailures.IsBusy(e))
        {
            // SQLite's own "database is locked" says neither which database nor what became of the day.
            var waited = db.Database.GetDbConnection() is SqliteConnection connection ? connection.DefaultTimeout : 0;
            throw new DatabaseLockedException(
                $"The dashboard database is locked by another connection (waited {waited} s): the snapshot of " +
                $"{days} was not saved, the day's previous snapshot is unchanged.", e);
        }
        catch (Exception e) when (DatabaseFailures.Unreachable(e) is { } reason)
        {
            throw new DatabaseUnavailableException(
                $"The dashboard database is unreachable ({reason}): the snapshot of {days} " +
                "was not saved, the day's previous snapshot is unchanged.", e);
        }
    }

    /// <summary>
    /// Replaces the days' snapshots within the caller's transaction, keeping the known values of metrics the new ones
    /// could not know (<see cref="SnapshotMerge"/>); read inside the transaction, so two collections of a day cannot
    /// both miss them. The same few statements for one day or a year (one read, two deletes, the inserts), so a
    /// year of history costs no round trips per day on a database server.
    /// </summary>
    private static async Task<Dictionary<DateOnly, IReadOnlyList<string>>> ReplaceAsync(DashboardDbContext db,
        IReadOnlyList<MetricSnapshot> snapshots, CancellationToken ct)
    {
        var days = snapshots.Select(s => s.Day).ToList();
        if (days.Distinct().Count() != days.Count)
            throw new ArgumentException("Each day may be saved once per call.", nameof(snapshots));
        var earlier = (await db.Values.AsNoTracking().Where(v => days.Contains(v.Day) && v.Value != null).ToListAsync(ct))
            .ToLookup(v => v.Day);
        await db.Values.Where(v => days.Contains(v.Day)).ExecuteDeleteAsync(ct);
        await db.Snapshots.Where(s => days.Contains(s.Day)).ExecuteDeleteAsync(ct);
        var kept = new Dictionary<DateOnly, IReadOnlyList<string>>();
        foreach (var snapshot in snapshots)
        {
            var merged = SnapshotMerge.Merge(snapshot.Values, earlier[snapshot.Day].ToList(), snapshot.CollectedAt);
            snapshot.Values = merged.Values.ToList();
            foreach (var value in snapshot.Values)
                value.Day = snapshot.Day;
            db.Snapshots.Add(snapshot);
            kept[snapshot.Day] = merged.KeptKeys;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return kept;
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> that have a snapshot, each with whether any of its values was imported.</summary>
    public async Task<Dictionary<DateOnly, bool>> StoredDaysAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var days = await db.Snapshots.AsNoTracking().Where(s => s.Day >= from && s.Day <= to).Select(s => s.Day).ToListAsync(ct);
        var imported = await db.Values.AsNoTracking().Where(v => v.Day >= from && v.Day <= to && v.Origin == ValueOrigin.BerylCollector)
            .Select(v => v.Day).Distinct().ToListAsync(ct);
        return days.ToDictionary(d => d, imported.Contains);
    }

    public async Task<DateOnly?> LatestDayAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Snapshots.MaxAsync(s => (DateOnly?)s.Day, ct);
    }

    /// <summary>The snapshots of the given days that exist, with their values, in one query.</summary>
    public async Task<Dictionary<DateOnly, MetricSnapshot>> LoadAsync(IReadOnlyCollection<DateOnly> days, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var snapshots = await db.Snapshots.AsNoTracking().Include(s => s.Values)
            .Where(s => days.Contains(s.Day)).ToListAsync(ct);
        return snapshots.ToDictionary(s => s.Day);
    }

    /// <summary>Snapshot headers (no values) between two days inclusive, oldest first.</summary>
    public async Task<List<MetricSnapshot>> ListAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Snapshots.AsNoTracking().Where(s => s.Day >= from && s.Day <= to)
            .OrderBy(s => s.Day).ToListAsync(ct);
    }

    /// <summary>The values of some metrics between two days inclusive, oldest first: the history behind charts and CSV.</summary>
    public async Task<List<MetricValue>> HistoryAsync(IReadOnlyCollection<string> keys, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Values.AsNoTracking()
            .Where(v => keys.Contains(v.Key) && v.Day >= from && v.Day <= to)
            .OrderBy(v => v.Day).ThenBy(v => v.Key).ThenBy(v => v.Label).ToListAsync(ct);
    }

    /// <summary>
    /// In one query, the values of <paramref name="keys"/> between two days inclusive, and of every metric from
    /// <paramref name="everyKeyFrom"/> to <paramref name="to"/>: a report's alert history and its rows' last days.
    /// </summary>
    public async Task<List<MetricValue>> HistoryAsync(IReadOnlyCollection<string> keys, DateOnly from, DateOnly to, DateOnly everyKeyFrom,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Values.AsNoTracking()
            .Where(v => v.Day <= to && (v.Day >= everyKeyFrom || (v.Day >= from && keys.Contains(v.Key))))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The store's revision (<see cref="StoreRevision"/>) and its latest day (null before the first snapshot), in one
    /// statement: read them before what they vouch for.
    /// </summary>
    public async Task<(long Revision, DateOnly? LatestDay)> RevisionAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var read = await ReadRevision(db, ct);
        return (read?.Number ?? 0, read?.Latest);
    }

    private sealed record RevisionRead(long Number, DateOnly? Latest);

    // Asked on every page view and scrape: compiled once, so a request does not translate it again.
    private static readonly Func<DashboardDbContext, CancellationToken, Task<RevisionRead?>> ReadRevision = EF.CompileAsyncQuery(
        (DashboardDbContext db, CancellationToken ct) => db.Revisions.Where(r => r.Id == StoreRevision.Row)
            .Select(r => new RevisionRead(r.Number, db.Snapshots.Max(s => (DateOnly?)s.Day)))
            .FirstOrDefault());

    /// <summary>Deletes snapshots of days before <paramref name="firstKept"/>; returns how many went.</summary>
    public Task<int> DeleteBeforeAsync(DateOnly firstKept, CancellationToken ct = default) =>
        DeleteAsync(DateOnly.MinValue, firstKept.AddDays(-1), ct);

    /// <summary>Deletes the snapshots from <paramref name="from"/> to <paramref name="to"/>, in one transaction; how many there were.</summary>
    public async Task<int> DeleteAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Values.Where(v => v.Day >= from && v.Day <= to).ExecuteDeleteAsync(ct);
        var deleted = await db.Snapshots.Where(s => s.Day >= from && s.Day <= to).ExecuteDeleteAsync(ct);
        if (deleted > 0)
            await db.RaiseRevisionAsync(ct);
        await tx.CommitAsync(ct);
        return deleted;
    }
}
