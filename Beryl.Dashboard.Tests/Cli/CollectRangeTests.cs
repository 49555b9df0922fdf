using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>
/// <c>collect-daily-metrics --from --to</c>, the first collection of a Beryl just connected, through the real
/// executable: a line per day saying what it could know, and a summary.
/// </summary>
public sealed class CollectRangeTests : IDisposable
{
    private readonly TestDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// Known for a day that ended long ago: what date_joined and the rows' creation tell (users_total, users_new_*,
    /// collections_created_*, items_created_*, uploads_*), and the run's own duration.
    /// </summary>
    private const int Known = 14;

    [Fact]
    public async Task Past_days_are_collected_one_line_each_with_what_they_could_know()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(folder.Path, "seed-demo", "--days", "2")).ExitCode);
        var today = Zurich.Today();
        string Day(int back) => today.AddDays(-back).ToString("yyyy-MM-dd");

        var run = await CliProcess.RunAsync(folder.Path, "collect-daily-metrics", "--from", Day(9), "--to", Day(7));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        const string unknown = "14 of 53 metrics known; 39 unknown (Beryl keeps only their current value, exact within 60 minutes of the day's end)";
        Assert.Equal(
        [
            $"{Day(9)}: {unknown}",
            $"{Day(8)}: {unknown}",
            $"{Day(7)}: {unknown}",
        ], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1));
        Assert.StartsWith($"Collected 3 days: {Known} metrics known for every day; 39 only for days collected within 60 minutes of their end, " +
            "as the nightly job does from now on: users_active_24h, users_active_7d, users_active_30d, collections_total, ", run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(6, Count("SELECT COUNT(*) FROM Snapshots"));
        // Unknown rows: 39 metrics a day less the four distributions labelled with Beryl's names (types, attributes,
        // patterns, content types), which have no rows at all: which names existed on such a day is not known either.
        Assert.Equal(3 * 35, Count($"SELECT COUNT(DISTINCT Day || Key) FROM \"Values\" WHERE Value IS NULL AND Day <= '{Day(7)}'"));
    }

    [Theory]
    [InlineData(new[] { "--from", "2026-01-01" }, "--from and --to go together, e.g. --from 2026-11-01 --to 2026-11-30.")]
    [InlineData(new[] { "--to", "2026-01-01" }, "--from and --to go together, e.g. --from 2026-11-01 --to 2026-11-30.")]
    [InlineData(new[] { "--from", "2026-01-02", "--to", "2026-01-01" }, "--from 2026-01-02 is after --to 2026-01-01.")]
    [InlineData(new[] { "--from", "2026-01-01", "--to", "2026-01-02", "--send-email" }, "--from/--to collect a range: they do not go with --date or --send-email.")]
    [InlineData(new[] { "--from", "2999-01-01", "--to", "2999-01-02" }, "--to: 2999-01-02 is in the future")]
    [InlineData(new[] { "--from", "2000-01-01", "--to", "2000-01-02" }, "--from: 2000-01-01 is more than Metrics:RetentionDays (365) days ago; its snapshot would be deleted right away.")]
    public async Task A_bad_range_is_one_line_exit_2_and_collects_nothing(string[] range, string message)
    {
        var run = await CliProcess.RunAsync(folder.Path, ["collect-daily-metrics", .. range], null);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, Assert.Single(run.ErrorLines));
        // Refused before any database is created.
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    private long Count(string sql) => DashboardFile.Count(folder, sql);
}
