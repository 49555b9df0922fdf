using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beryl.Dashboard.Metrics.Store;

public static class DatabaseFailures
{
    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6), thrown as is or wrapped by EF in a DbUpdateException.</summary>
    public static bool IsBusy(Exception e) =>
        (e as SqliteException ?? e.InnerException as SqliteException)?.SqliteErrorCode is 5 or 6;

    /// <summary>
    /// Why the server is out of reach (refused, reset, shutting down: PostgreSQL's classes 08 and 57P), found
    /// anywhere in the chain EF wraps it in; null for any other failure, a bad query included.
    /// </summary>
    public static string? Unreachable(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            switch (inner)
            {
                case PostgresException server:
                    return IsConnectionState(server.SqlState) ? server.MessageText : null;
                case NpgsqlException npgsql:
                    return Innermost(npgsql) switch
                    {
                        // Npgsql's own words ("Exception while reading from stream") hide the cause.
                        EndOfStreamException or IOException => "the server closed the connection",
                        var cause => cause.Message,
                    };
            }
        return null;
    }

    private static bool IsConnectionState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal);

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
