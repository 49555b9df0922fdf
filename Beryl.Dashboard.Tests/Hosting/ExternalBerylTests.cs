using System.Security.Cryptography;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Tests.Hosting;

/// <summary>
/// ConnectionStrings:Beryl on either engine, whatever the dashboard keeps its snapshots in (the collector suite
/// runs these on SQLite snapshots and again on PostgreSQL ones: all four combinations), and only ever read.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class ExternalBerylTests
{
    [Fact]
    public async Task A_PostgreSQL_Beryl_is_read_by_a_role_with_only_SELECT_and_cannot_be_written()
    {
        var owner = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using (var db = new PostgresBerylDbContext(new DbContextOptionsBuilder<PostgresBerylDbContext>().UseNpgsql(owner).Options))
        {
            await EmbeddedBeryl.EnsureCreatedAsync(db);
            await AddUserAndCollectionAsync(db);
        }
        var role = $"beryl_reader_{Guid.NewGuid():N}"[..30];
        await ExecuteAsync(owner, $"CREATE ROLE {role} LOGIN PASSWORD 'reader'; GRANT USAGE ON SCHEMA public TO {role}; " +
                                  $"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};");
        var reader = new NpgsqlConnectionStringBuilder(owner) { Username = role, Password = "reader" }.ConnectionString;

        await using var services = await TestServices.CreateAsync(June15.CollectedAt, new Dictionary<string, string?> { ["ConnectionStrings:Beryl"] = reader });
        var snapshot = await Collected.CollectAsync(services, June15.Day);
        // An import of Beryl's own snapshots and a backfill of past days read with the same role.
        var imported = await services.Get<Beryl.Dashboard.Metrics.BerylHistoryImport>().ImportAsync();
        var past = await services.Get<Beryl.Dashboard.Metrics.PastDaysCollector>().CollectAsync(PastDays);
        var readOnly = services.Get<Beryl.Dashboard.Settings.BerylSource>().ConnectionString;
        var write = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            new NpgsqlConnectionStringBuilder(readOnly) { Username = new NpgsqlConnectionStringBuilder(owner).Username, Password = new NpgsqlConnectionStringBuilder(owner).Password }.ConnectionString,
            "DELETE FROM web_collection"));

        Assert.Equal(1, snapshot["users_total"]);
        Assert.Equal(1, snapshot["collections_total"]);
        Assert.Equal([ImportedDay], imported.Imported);
        Assert.Equal(PastDays, past.Results.Select(r => r.Day));
        // Even the owner cannot write through the dashboard's connection string: every transaction is read-only.
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, write.SqlState);
    }

    [Fact]
    public async Task A_SQLite_Beryl_file_is_byte_identical_after_a_collection_and_a_backfill()
    {
        using var berylFolder = new TestDataFolder();
        var file = berylFolder.File("db.sqlite3");
        await using (var db = new BerylDbContext(new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={file}").Options))
        {
            // Django's tables from Django's DDL, in SQLite's default rollback-journal mode, as Django leaves them.
            await EmbeddedBeryl.EnsureCreatedAsync(db);
            await AddUserAndCollectionAsync(db);
        }
        SqliteConnection.ClearAllPools();
        var before = SHA256.HashData(await File.ReadAllBytesAsync(file));

        await using var services = await TestServices.CreateAsync(June15.CollectedAt, new Dictionary<string, string?> { ["ConnectionStrings:Beryl"] = $"Data Source={file}" });
        var snapshot = await Collected.CollectAsync(services, June15.Day);
        var imported = await services.Get<Beryl.Dashboard.Metrics.BerylHistoryImport>().ImportAsync();
        var past = await services.Get<Beryl.Dashboard.Metrics.PastDaysCollector>().CollectAsync(PastDays);
        SqliteConnection.ClearAllPools();

        Assert.Equal(1, snapshot["collections_total"]);
        Assert.Equal([ImportedDay], imported.Imported);
        Assert.Equal(PastDays, past.Results.Select(r => r.Day));
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(file)));
        Assert.Equal(["db.sqlite3"], Directory.GetFiles(berylFolder.Path).Select(Path.GetFileName));
    }

    /// <summary>The day of the one run of Beryl's own collector: its midnight run of 2026-05-20 (00:00:30 on the 21st, summer time).</summary>
    private static readonly DateOnly ImportedDay = new(2026, 5, 20);

    /// <summary>Ten days that ended long before the collection on the night of 2026-06-15, after the user joined.</summary>
    private static readonly DateOnly[] PastDays = Enumerable.Range(1, 10).Select(d => new DateOnly(2026, 6, d)).ToArray();

    private static async Task AddUserAndCollectionAsync(BerylDbContext db)
    {
        var owner = new User { Email = "owner@example.org", DateJoined = June15.Old };
        db.Collections.Add(new Collection { Hash = "c1", Name = "Shelf", Created = June15.Old, Updated = June15.Old, CreatedBy = owner });
        await db.SaveChangesAsync();
        await BerylRuns.InsertAsync(db, "2026-05-20T22:00:30", "2026-05-21", new Dictionary<string, double> { ["total_collections"] = 1 });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
