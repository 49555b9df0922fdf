using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// A collection reads one state of Beryl while Beryl keeps writing: every query of it runs in one read
/// transaction, so items, their statuses and their collections are counted as of the same moment. It never
/// takes a write lock: PostgreSQL's is REPEATABLE READ and READ ONLY; SQLite's is a deferred BEGIN (no lock until
/// the first read, then a shared one), which in WAL mode reads one snapshot without holding Beryl's writers up.
/// </summary>
public static class BerylReadTransaction
{
    public static async Task<IDbContextTransaction> BeginAsync(BerylDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", ct);
            return transaction;
        }
        // Microsoft.Data.Sqlite's own BeginTransaction() is BEGIN IMMEDIATE, a write lock: ask for a deferred one.
        await db.Database.OpenConnectionAsync(ct);
        var sqlite = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        return (await db.Database.UseTransactionAsync(sqlite, ct))!;
    }
}
