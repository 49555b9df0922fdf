using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// The embedded demo Beryl (<c>beryl.db</c>, or the dashboard's PostgreSQL database) is a database with Django's
/// tables, created from the DDL Beryl's migrations produce (<c>BerylData/Django/</c>, shipped inside the
/// executable). Django owns that schema, so it is run as it is, not turned into an EF migration of ours. Never run
/// against a Beryl the dashboard is pointed at.
/// </summary>
public static class EmbeddedBeryl
{
    /// <summary>Creates Django's tables when the database has none yet; a database that has them is left as it is.</summary>
    public static async Task EnsureCreatedAsync(BerylDbContext db, CancellationToken ct = default)
    {
        var postgres = db.Database.IsNpgsql();
        var connectionString = db.Database.GetConnectionString()!;
        if (await BerylSchema.HasTableAsync(db, "auth_user", ct))
            return;
        var ddl = Ddl(postgres ? "schema-postgres.sql" : "schema-sqlite.sql");
        if (postgres)
        {
            // Its own unpooled connection: the dump sets search_path to '' for its session.
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(ddl, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = ddl;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Empties every table of the dashboard's model of Beryl, in one transaction: a demo left half-built is removed
    /// before it is built again. Only ever the embedded database, which holds nothing but the demo.
    /// </summary>
    public static async Task ClearAsync(BerylDbContext db, CancellationToken ct = default)
    {
        // The model's tables, and Django's record of its migrations, which the demo fills with its releases.
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append("django_migrations").Distinct()
            .Select(t => $"\"{t}\"").ToList();
        if (db.Database.IsNpgsql())
        {
            // The model's own table names, never input.
            var truncate = $"TRUNCATE {string.Join(", ", tables)} CASCADE";
            await db.Database.ExecuteSqlRawAsync(truncate, ct);
            return;
        }
        // SQLite checks foreign keys row by row; the switch only takes effect outside a transaction.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var delete in tables.Select(table => $"DELETE FROM {table}"))
                await db.Database.ExecuteSqlRawAsync(delete, ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Ddl(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Beryl.Dashboard.BerylData.Django.{file}")
                           ?? throw new InvalidOperationException($"The executable lacks its Django DDL {file}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
