using Beryl.Dashboard.Demo;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>
/// A demo seed killed half-way (Ctrl-C during the first <c>make run</c>) leaves no half-built demo for good: the next
/// seed, even with --if-empty, removes it and builds the whole demo.
/// </summary>
public sealed class InterruptedSeedTests : IDisposable
{
    private readonly TestDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_next_seed_removes_what_an_interrupted_one_left_and_starts_over()
    {
        using (var seeding = CliProcess.Start(folder.Path, ["seed-demo", "--days", "40"]))
        {
            // Killed once it has collected a few days (progress is one line per day when not on a terminal).
            while (await seeding.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith("[3/41]", StringComparison.Ordinal))
            {
            }
            seeding.Kill(entireProcessTree: true);
            await seeding.WaitForExitAsync();
        }
        Assert.True(File.Exists(folder.File(DemoSeeder.IncompleteMarker)));
        Assert.True(DashboardFile.Count(folder, "SELECT COUNT(*) FROM Snapshots") >= 3);

        var again = await CliProcess.RunAsync(folder.Path, "seed-demo", "--if-empty", "--days", "2");

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.StartsWith("Removed the half-built demo of an interrupted seed. Seeded demo Beryl:",
            again.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last());
        Assert.False(File.Exists(folder.File(DemoSeeder.IncompleteMarker)));
        // The two days' snapshots and today's, nothing of the 40-day seed.
        Assert.Equal(3, DashboardFile.Count(folder, "SELECT COUNT(*) FROM Snapshots"));
        Assert.Equal(1, BerylCount("SELECT COUNT(*) FROM auth_user WHERE email = 'admin@beryl.local'"));
    }

    private long BerylCount(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("beryl.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
