using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Beryl.Dashboard.BerylData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Beryl.Dashboard.Benchmark.Postgres;

/// <summary>
/// Copies a bench Beryl from its SQLite file into an empty PostgreSQL database with Django's PostgreSQL schema (the
/// DDL the app ships for its embedded Beryl), so both engines hold the same rows. Binary COPY, table by table, with
/// each value turned into the column's PostgreSQL type (Django keeps booleans as 0/1 and instants as text on
/// SQLite). As the SQLite builder does, the plain indexes are dropped first and created again after the rows are in;
/// foreign keys are not checked on the way (the rows come from a database that kept them). Then VACUUM ANALYZE, as
/// autovacuum would have done on a database that has lived: the planner knows the tables, index-only scans work.
/// </summary>
public static class PostgresCopy
{
    public static async Task LoadAsync(string sqliteFile, string postgres, TextWriter log)
    {
        var stopwatch = Stopwatch.StartNew();
        await using (var db = new PostgresBerylDbContext(new DbContextOptionsBuilder<PostgresBerylDbContext>().UseNpgsql(postgres).Options))
            await EmbeddedBeryl.EnsureCreatedAsync(db);

        await using var target = new NpgsqlConnection(postgres);
        await target.OpenAsync();
        var indexes = await ListAsync(target,
            "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = 'public' AND NOT EXISTS " +
            "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var (name, _) in indexes)
            await ExecuteAsync(target, $"DROP INDEX public.\"{name}\"");
        // The foreign keys' triggers stay quiet in this session (it runs as the superuser).
        await ExecuteAsync(target, "SET session_replication_role = replica");

        await using var source = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        await source.OpenAsync();
        var tables = await ListAsync(source, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
            r => r.GetString(0));
        long rows = 0;
        foreach (var table in tables)
        {
            var columns = await ListAsync(target,
                $"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' " +
                "ORDER BY ordinal_position", r => (Name: r.GetString(0), Type: r.GetString(1)));
            if (columns.Count == 0)
                throw new InvalidOperationException($"Table {table} of the SQLite dataset is not in Django's PostgreSQL schema.");
            rows += await CopyTableAsync(source, target, table, columns);
        }
        await ExecuteAsync(target, "SET session_replication_role = DEFAULT");
        foreach (var (_, sql) in indexes)
            await ExecuteAsync(target, sql);
        await ExecuteAsync(target, "VACUUM (ANALYZE)");
        log.WriteLine($"  {rows:N0} rows of {tables.Count} tables copied, {indexes.Count} indexes built, vacuumed and analysed in " +
                      $"{stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table,
        List<(string Name, string Type)> columns)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM \"{table}\"";
        await using var reader = await read.ExecuteReaderAsync();
        await using var writer = await target.BeginBinaryImportAsync($"COPY public.\"{table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (await reader.ReadAsync())
        {
            await writer.StartRowAsync();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i))
                {
                    await writer.WriteNullAsync();
                    continue;
                }
                var (value, type) = Convert(reader.GetValue(i), columns[i].Type, table, columns[i].Name);
                await writer.WriteAsync(value, type);
            }
            rows++;
        }
        await writer.CompleteAsync();
        return rows;
    }

    /// <summary>A SQLite value as the PostgreSQL column's type expects it.</summary>
    private static (object Value, NpgsqlDbType Type) Convert(object value, string type, string table, string column) => type switch
    {
        "boolean" => (System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean),
        "smallint" => (System.Convert.ToInt16(value, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint),
        "integer" => (System.Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer),
        "bigint" => (System.Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint),
        "double precision" => (System.Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double),
        "real" => (System.Convert.ToSingle(value, CultureInfo.InvariantCulture), NpgsqlDbType.Real),
        "numeric" => (System.Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric),
        "character varying" or "text" or "character" => (System.Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text),
        "jsonb" => ((string)value, NpgsqlDbType.Jsonb),
        "json" => ((string)value, NpgsqlDbType.Json),
        "uuid" => (Guid.Parse((string)value), NpgsqlDbType.Uuid),
        "inet" => (IPAddress.Parse((string)value), NpgsqlDbType.Inet),
        "date" => (DateOnly.Parse((string)value, CultureInfo.InvariantCulture), NpgsqlDbType.Date),
        "timestamp with time zone" => (DateTime.Parse((string)value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), NpgsqlDbType.TimestampTz),
        _ => throw new InvalidOperationException($"{table}.{column}: no copy from SQLite to PostgreSQL's {type} yet."),
    };

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(read(reader));
        return rows;
    }
}
