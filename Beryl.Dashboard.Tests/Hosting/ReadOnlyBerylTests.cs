using System.Net;
using System.Security.Cryptography;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Beryl.Dashboard.Tests.Hosting;

/// <summary>
/// Beryl's production database is someone else's: the real app on Kestrel, pointed at a Django-made Beryl, signs an
/// admin in, shows the page and collects, and Beryl's database is left as it was: a SQLite file byte-identical, a
/// PostgreSQL database read through a role that may only SELECT.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReadOnlyBerylTests
{
    private const string Email = "root@beryl.example";
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task Sign_in_page_and_collection_leave_a_SQLite_Beryl_byte_identical()
    {
        using var berylFolder = new TestDataFolder();
        var file = berylFolder.File("db.sqlite3");
        await using (var db = new BerylDbContext(new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={file}").Options))
        {
            await EmbeddedBeryl.EnsureCreatedAsync(db);
            await AddAdminAsync(db);
        }
        SqliteConnection.ClearAllPools();
        var before = SHA256.HashData(await File.ReadAllBytesAsync(file));

        await UseDashboardAsync($"Data Source={file}");

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(file)));
        Assert.Equal(["db.sqlite3"], Directory.GetFiles(berylFolder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_role_with_only_SELECT_is_enough_for_sign_in_page_and_collection()
    {
        var owner = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using (var db = new PostgresBerylDbContext(new DbContextOptionsBuilder<PostgresBerylDbContext>().UseNpgsql(owner).Options))
        {
            await EmbeddedBeryl.EnsureCreatedAsync(db);
            await AddAdminAsync(db);
        }
        var role = $"reader_{Guid.NewGuid():N}"[..24];
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            await using var grant = new NpgsqlCommand($"CREATE ROLE {role} LOGIN PASSWORD 'reader'; GRANT USAGE ON SCHEMA public TO {role}; " +
                                                      $"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};", connection);
            await grant.ExecuteNonQueryAsync();
        }

        await UseDashboardAsync(new NpgsqlConnectionStringBuilder(owner) { Username = role, Password = "reader" }.ConnectionString);
    }

    /// <summary>Signs the admin in on the running app, opens the page, then collects today with the CLI.</summary>
    private static async Task UseDashboardAsync(string beryl)
    {
        using var data = new TestDataFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Beryl"] = beryl };
        await using (var dashboard = await RunningDashboard.StartAsync(data, environment))
        {
            using var client = dashboard.CreateSignInClient();
            await SignIn.SignInAsync(client, Email, Password);
            using var page = await client.GetAsync("/sys/metrics");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        var collected = await CliProcess.RunAsync(data.Path, ["collect-daily-metrics"], environment);
        Assert.True(collected.ExitCode == 0, collected.Error);
    }

    private static async Task AddAdminAsync(BerylDbContext db)
    {
        db.Users.Add(new User
        {
            Email = Email, Username = "root", Password = DjangoPasswordHasher.Hash(Password, iterations: TestUsers.FastIterations),
            IsSuperuser = true, IsStaff = true, IsActive = true, DateJoined = new DateTime(2026, 1, 10, 10, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
    }
}
