using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>The real CLI, as a child process, on a database file on disk.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly TestDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private long Count(string sql) => DashboardFile.Count(folder, sql);

    [Fact]
    public async Task Viewing_a_day_still_to_come_is_refused_as_bad_input()
    {
        var viewed = await CliProcess.RunAsync(folder.Path, "view-metrics", "--date", "2999-01-01");

        Assert.Equal(2, viewed.ExitCode);
        Assert.Equal([$"--date: 2999-01-01 is in the future (today is {Zurich.Today():yyyy-MM-dd} in Europe/Zurich)."], viewed.ErrorLines);
    }

    [Fact]
    public async Task Seed_collect_and_view_work_end_to_end()
    {
        var seeded = await CliProcess.RunAsync(folder.Path, "seed-demo", "--days", "3", "--seed", "7");
        Assert.Equal(0, seeded.ExitCode);
        Assert.Contains("collected 4 daily snapshots", seeded.Output);
        Assert.Equal(4, Count("SELECT COUNT(*) FROM Snapshots"));

        // The day before yesterday: yesterday's current states are still exact just after midnight, so nothing would be kept.
        var day = Zurich.Today().AddDays(-2).ToString("yyyy-MM-dd");
        var collected = await CliProcess.RunAsync(folder.Path, "collect-daily-metrics", "--date", day, "--verbose");
        Assert.Equal(0, collected.ExitCode);
        // Not a terminal: one plain line per category, then the values, then one summary line.
        Assert.Contains("[1/9] Users", collected.Output);
        Assert.Contains("Total users", collected.Output);
        // The day's current states were known by the seed's collection at its midnight: kept, never erased.
        Assert.Matches($@"Collected {day}: 53 metrics \(\d+ values\) in \d+\.\d{{3}} s; \d+ it could not know kept from the day's earlier collection\n$", collected.Output);
        Assert.Equal(4, Count("SELECT COUNT(*) FROM Snapshots"));

        var viewed = await CliProcess.RunAsync(folder.Path, "view-metrics", "--date", day);
        Assert.Equal(0, viewed.ExitCode);
        Assert.Contains("Metric", viewed.Output);
        Assert.Contains("vs Yesterday", viewed.Output);
        Assert.Contains("vs 30 Days", viewed.Output);
        Assert.Contains("Moderation", viewed.Output);
        // No colour codes when the output is not a terminal.
        Assert.DoesNotContain("\u001b[", viewed.Output);
    }

    [Fact]
    public async Task Seeding_refuses_a_database_that_has_data_unless_asked_to_skip_it()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(folder.Path, "seed-demo", "--days", "1")).ExitCode);

        var again = await CliProcess.RunAsync(folder.Path, "seed-demo", "--days", "1");
        Assert.Equal(2, again.ExitCode);
        Assert.StartsWith("seed-demo: The Beryl database already has", Assert.Single(again.ErrorLines));

        var skipped = await CliProcess.RunAsync(folder.Path, "seed-demo", "--if-empty");
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("Nothing seeded.", skipped.Output);
        Assert.Equal(2, Count("SELECT COUNT(*) FROM Snapshots"));
    }

    [Fact]
    public async Task A_future_date_is_refused_and_nothing_is_stored()
    {
        var run = await CliProcess.RunAsync(folder.Path, "collect-daily-metrics", "--date", "2999-01-01");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--date: 2999-01-01 is in the future", Assert.Single(run.ErrorLines));
        // Refused before any database is created.
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Viewing_without_a_snapshot_says_how_to_collect_one()
    {
        var run = await CliProcess.RunAsync(folder.Path, "view-metrics");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("No snapshot yet. Collect one with: collect-daily-metrics", Assert.Single(run.ErrorLines));
    }
}
