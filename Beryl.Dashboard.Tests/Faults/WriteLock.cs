using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>The write lock of a SQLite database, seen and held from the test process.</summary>
public static class WriteLock
{
    /// <summary>
    /// True when another connection (another process) is inside a write transaction on the database right now.
    /// Asks for the write lock without waiting (Microsoft.Data.Sqlite would retry on SQLITE_BUSY for its whole
    /// timeout, so the statement goes straight to SQLite) and gives it back at once when it was free.
    /// </summary>
    public static bool IsHeldByAnother(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        raw.sqlite3_busy_timeout(connection.Handle, 0);
        var rc = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE;");
        if (rc == raw.SQLITE_BUSY)
            return true;
        if (rc != raw.SQLITE_OK)
            throw new InvalidOperationException($"BEGIN IMMEDIATE on {databasePath} failed: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}");
        raw.sqlite3_exec(connection.Handle, "ROLLBACK;");
        return false;
    }

    /// <summary>Holds the write lock (BEGIN IMMEDIATE) until disposed, as another program writing to the database would.</summary>
    public static async Task<IAsyncDisposable> HoldAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken now, not at the first write.
        var transaction = connection.BeginTransaction(deferred: false);
        return new Holder(connection, transaction);
    }

    private sealed class Holder(SqliteConnection connection, System.Data.Common.DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
