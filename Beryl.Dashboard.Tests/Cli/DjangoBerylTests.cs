using System.Security.Cryptography;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>
/// A Beryl database as Django makes it (the DDL in BerylData/Django), rows written in Django's own SQLite text
/// (<c>YYYY-MM-DD HH:MM:SS.ffffff</c>, the fraction left out when zero), named by ConnectionStrings:Beryl: read
/// exactly at the cut-off and window starts, never written, and a missing table is one line.
/// </summary>
public sealed class DjangoBerylTests : IDisposable
{
    private readonly TestDataFolder data = new();
    private readonly TestDataFolder beryl = new();

    private string File => beryl.File("db.sqlite3");

    public void Dispose()
    {
        data.Dispose();
        beryl.Dispose();
    }

    [Fact]
    public async Task Rows_at_the_cut_off_and_the_window_starts_in_Djangos_text_count_exactly()
    {
        await CreateAsync("""
            INSERT INTO auth_user (id, password, is_superuser, username, last_name, email, is_staff, is_active, date_joined, first_name, last_login) VALUES
              (1, '!', 0, 'at-day-start', '', 'a@example.org', 0, 1, '2026-06-14 22:00:00', '', '2026-06-15 21:59:59.999999'),
              (2, '!', 0, 'just-before-day', '', 'b@example.org', 0, 1, '2026-06-14 21:59:59.999999', '', '2026-06-14 22:00:00'),
              (3, '!', 0, 'just-before-cut-off', '', 'c@example.org', 0, 1, '2026-06-15 21:59:59.999999', '', '2026-06-15 22:00:00'),
              (4, '!', 0, 'at-cut-off', '', 'd@example.org', 0, 1, '2026-06-15 22:00:00', '', NULL);
            INSERT INTO web_collection (id, hash, created, updated, name, is_deleted, visibility, group_by, sort_by, created_by_id) VALUES
              (1, 'c1', '2026-06-14 22:00:00', '2026-06-14 22:00:00', 'Shelf', 0, 'PUBLIC', 'none', 'name', 1);
            INSERT INTO web_collectionitem (id, hash, created, updated, name, is_deleted, status, collection_id, is_favorite, your_id) VALUES
              (1, 'i1', '2026-06-14 22:00:00', '2026-06-14 22:00:00', 'at day start', 0, 'IN_COLLECTION', 1, 0, ''),
              (2, 'i2', '2026-06-15 21:59:59.999999', '2026-06-15 21:59:59.999999', 'just before', 0, 'WANTED', 1, 1, ''),
              (3, 'i3', '2026-06-15 22:00:00', '2026-06-15 22:00:00', 'at cut-off', 0, 'IN_COLLECTION', 1, 0, '');
            """);
        await using var services = await TestServices.CreateAsync(June15.CollectedAt,
            new Dictionary<string, string?> { ["ConnectionStrings:Beryl"] = $"Data Source={File}" });

        var snapshot = await Collected.CollectAsync(services, June15.Day);

        Assert.Equal(3, snapshot["users_total"]);        // users 1, 2, 3; user 4 joined at the cut-off
        Assert.Equal(2, snapshot["users_new_24h"]);      // 1 (exactly at the window start) and 3
        Assert.Equal(3, snapshot["users_new_7d"]);
        Assert.Equal(2, snapshot["users_active_24h"]);   // 1 and 2 (exactly at the start); 3 signed in at the cut-off
        Assert.Equal(2, snapshot["items_total"]);        // i1, i2; i3 was created at the cut-off
        Assert.Equal(2, snapshot["items_created_24h"]);
        Assert.Equal(new Dictionary<string, double?>
        {
            ["in_collection"] = 1, ["wanted"] = 1, ["reserved"] = 0, ["ordered"] = 0, ["lent_out"] = 0, ["previously_owned"] = 0,
        }, snapshot.Distribution("items_by_status"));
        Assert.Equal(1, snapshot["favorite_items_total"]);
        Assert.Equal(1, snapshot["collections_created_24h"]);
    }

    [Fact]
    public async Task Collecting_a_Django_Beryl_leaves_its_file_byte_identical()
    {
        await CreateAsync("""
            INSERT INTO auth_user (id, password, is_superuser, username, last_name, email, is_staff, is_active, date_joined, first_name)
            VALUES (1, 'pbkdf2_sha256$1000000$salt$hash', 1, 'root', '', 'root@example.org', 1, 1, '2026-01-10 10:00:00', '');
            """);
        var before = SHA256.HashData(await System.IO.File.ReadAllBytesAsync(File));

        var run = await CliProcess.RunAsync(data.Path, ["collect-daily-metrics"],
            new Dictionary<string, string> { ["ConnectionStrings__Beryl"] = $"Data Source={File}" });

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(before, SHA256.HashData(await System.IO.File.ReadAllBytesAsync(File)));
        Assert.Equal(["db.sqlite3"], Directory.GetFiles(beryl.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_Beryl_without_a_table_the_dashboard_reads_is_one_line_exit_1_and_nothing_stored()
    {
        await CreateAsync("DROP TABLE web_collectionitemlink;");
        var before = SHA256.HashData(await System.IO.File.ReadAllBytesAsync(File));

        var run = await CliProcess.RunAsync(data.Path, ["collect-daily-metrics"],
            new Dictionary<string, string> { ["ConnectionStrings__Beryl"] = $"Data Source={File}" });
        var view = await CliProcess.RunAsync(data.Path, "view-metrics");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"Beryl's database has no table \"web_collectionitemlink\": the dashboard expects {BerylSchema.ExpectedVersion}; nothing was read or stored."],
            run.ErrorLines);
        Assert.Equal(before, SHA256.HashData(await System.IO.File.ReadAllBytesAsync(File)));
        Assert.Contains("No snapshot", view.Output + view.Error);
    }

    /// <summary>Django's DDL, then <paramref name="sql"/>, in Django's default rollback-journal mode.</summary>
    private async Task CreateAsync(string sql)
    {
        await using (var connection = new SqliteConnection($"Data Source={File}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await System.IO.File.ReadAllTextAsync(RepositoryPaths.File("Beryl.Dashboard", "BerylData", "Django", "schema-sqlite.sql")) + sql;
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
    }
}
