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

    private static string Ddl(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Beryl.Dashboard.BerylData.Django.{file}")
                           ?? throw new InvalidOperationException($"The executable lacks its Django DDL {file}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
