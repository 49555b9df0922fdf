using System.Security.Cryptography;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>
/// README's "Point it at your Beryl" then `make run`, which runs `seed-demo --if-empty` first: with
/// ConnectionStrings:Beryl set there is nothing to seed, and that is a success, not an error; Beryl's file is untouched.
/// </summary>
public sealed class SeedOnBerylsOwnDatabaseTests : IDisposable
{
    private readonly TestDataFolder folder = new();
    private readonly TestDataFolder beryl = new();

    public void Dispose()
    {
        folder.Dispose();
        beryl.Dispose();
    }

    private async Task<(string File, byte[] Hash)> DjangoBerylAsync()
    {
        var file = beryl.File("db.sqlite3");
        await using (var db = new BerylDbContext(new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={file}").Options))
            await EmbeddedBeryl.EnsureCreatedAsync(db);
        SqliteConnection.ClearAllPools();
        return (file, SHA256.HashData(await File.ReadAllBytesAsync(file)));
    }

    [Fact]
    public async Task If_empty_on_beryls_own_database_succeeds_and_seeds_nothing()
    {
        var (file, before) = await DjangoBerylAsync();

        var run = await CliProcess.RunAsync(folder.Path, ["seed-demo", "--if-empty"],
            new Dictionary<string, string> { ["ConnectionStrings__Beryl"] = $"Data Source={file}" });

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("ConnectionStrings:Beryl names Beryl's own database: no demo is seeded.", run.Output.Trim());
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(file)));
        Assert.False(File.Exists(folder.File("beryl.db")));
    }

    [Fact]
    public async Task Asked_for_a_demo_on_beryls_own_database_it_refuses_in_one_line()
    {
        var (file, before) = await DjangoBerylAsync();

        var run = await CliProcess.RunAsync(folder.Path, ["seed-demo"],
            new Dictionary<string, string> { ["ConnectionStrings__Beryl"] = $"Data Source={file}" });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("seed-demo: ConnectionStrings:Beryl names Beryl's own database", Assert.Single(run.ErrorLines));
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(file)));
    }
}
