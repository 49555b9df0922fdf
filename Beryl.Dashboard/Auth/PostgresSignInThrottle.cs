using Npgsql;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// The sign-in throttle shared by every instance on one PostgreSQL database (table <c>SignInFailures</c>, from a
/// PostgreSQL-only migration): behind a load balancer the sixth failure within a minute is refused whichever
/// instance the guesses reach. Same rule as <see cref="SignInThrottle"/>.
/// </summary>
public sealed class PostgresSignInThrottle(string connectionString, TimeProvider clock) : ISignInThrottle
{
    public SignInTicket? TryStart(IReadOnlyList<string> keys, out TimeSpan retryAfter)
    {
        // Whole microseconds, as PostgreSQL keeps them, so that Forgive finds the row again.
        var now = new DateTimeOffset(clock.GetUtcNow().UtcTicks / 10 * 10, TimeSpan.Zero);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        // The keys' locks, always in the same order: attempts on several instances queue instead of all counting
        // the same failures and slipping in under the limit together.
        foreach (var key in keys.Order(StringComparer.Ordinal))
            Execute(connection, """SELECT pg_advisory_xact_lock(hashtext($1))""", key);
        Execute(connection, """DELETE FROM "SignInFailures" WHERE "At" <= $1""", now - SignInThrottle.Window);

        retryAfter = TimeSpan.Zero;
        foreach (var key in keys)
            retryAfter = SignInThrottle.Max(retryAfter, SignInThrottle.RetryAfter(Failures(connection, key), now));
        if (retryAfter == TimeSpan.Zero)
            foreach (var key in keys)
                Execute(connection, """INSERT INTO "SignInFailures" ("Key", "At") VALUES ($1, $2)""", key, now);
        transaction.Commit();
        return retryAfter == TimeSpan.Zero ? new SignInTicket(keys, now) : null;
    }

    /// <summary>One read, without the keys' locks: a scrape with the right token writes nothing and waits for no one.</summary>
    public async Task<TimeSpan> RetryAfterAsync(IReadOnlyList<string> keys, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var select = Command(connection,
            """SELECT "Key", "At" FROM "SignInFailures" WHERE "Key" = ANY($1) AND "At" > $2 ORDER BY "At" """, keys.ToArray(), now - SignInThrottle.Window);
        await using var reader = await select.ExecuteReaderAsync(ct);
        var failures = keys.ToDictionary(k => k, _ => new List<DateTimeOffset>(), StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            failures[reader.GetString(0)].Add(reader.GetFieldValue<DateTimeOffset>(1));
        return failures.Values.Aggregate(TimeSpan.Zero, (wait, recent) => SignInThrottle.Max(wait, SignInThrottle.RetryAfter(recent, now)));
    }

    public void Forgive(SignInTicket ticket)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        foreach (var key in ticket.Keys)
            Execute(connection, """
                DELETE FROM "SignInFailures" WHERE ctid IN
                    (SELECT ctid FROM "SignInFailures" WHERE "Key" = $1 AND "At" = $2 LIMIT 1)
                """, key, ticket.At);
    }

    private static List<DateTimeOffset> Failures(NpgsqlConnection connection, string key)
    {
        using var select = Command(connection, """SELECT "At" FROM "SignInFailures" WHERE "Key" = $1 ORDER BY "At" """, key);
        using var reader = select.ExecuteReader();
        var failures = new List<DateTimeOffset>();
        while (reader.Read())
            failures.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return failures;
    }

    private static void Execute(NpgsqlConnection connection, string sql, params object[] values)
    {
        using var command = Command(connection, sql, values);
        command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
