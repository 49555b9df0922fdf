using Npgsql;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// Another connection's ACCESS EXCLUSIVE lock on one table: whatever touches the table waits until the lock is
/// let go (dispose) or the server stops under it. Stops a collection at a known point.
/// </summary>
public sealed class PostgresTableLock : IAsyncDisposable
{
    private readonly string connectionString;
    private readonly NpgsqlConnection holder;
    private readonly NpgsqlTransaction transaction;

    private PostgresTableLock(string connectionString, NpgsqlConnection holder, NpgsqlTransaction transaction)
    {
        this.connectionString = connectionString;
        this.holder = holder;
        this.transaction = transaction;
    }

    public static async Task<PostgresTableLock> TakeAsync(string connectionString, string table)
    {
        var holder = new NpgsqlConnection(connectionString);
        await holder.OpenAsync();
        var transaction = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"LOCK TABLE \"{table}\" IN ACCESS EXCLUSIVE MODE", holder, transaction))
            await take.ExecuteNonQueryAsync();
        return new PostgresTableLock(connectionString, holder, transaction);
    }

    /// <summary>Returns once a query of this database waits for a lock; fails the test if <paramref name="work"/> ends first.</summary>
    public async Task UntilWaitedOnAsync(Task work)
    {
        await using var watch = new NpgsqlConnection(connectionString);
        await watch.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", watch);
        for (var attempt = 0; (long)(await waiting.ExecuteScalarAsync())! == 0; attempt++)
        {
            Assert.False(work.IsCompleted, "The work finished without waiting for the locked table.");
            Assert.True(attempt < 600, "Nothing waited for the locked table within 30 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Lets the lock go (a no-op when the server already went away with it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (holder.State == System.Data.ConnectionState.Open)
            await transaction.RollbackAsync();
        await holder.DisposeAsync();
    }
}
