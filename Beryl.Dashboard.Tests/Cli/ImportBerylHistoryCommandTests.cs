using System.Globalization;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary><c>import-beryl-history</c> through the real executable: what it imported, skipped and could not know, then nothing more.</summary>
public sealed class ImportBerylHistoryCommandTests : IDisposable
{
    private readonly TestDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task It_says_what_it_imported_and_what_came_in_unknown_then_a_second_run_imports_nothing()
    {
        var zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var today = Zurich.Today();
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Beryl's midnight run, 30 seconds into today: the final snapshot of yesterday.
        var midnightRun = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), zurich).AddSeconds(30);
        await using (var db = new BerylDbContext(new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={folder.File("beryl.db")}").Options))
        {
            await EmbeddedBeryl.EnsureCreatedAsync(db);
            await BerylRuns.InsertAsync(db, midnightRun.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new Dictionary<string, double> { ["total_collections"] = 4 });
        }
        SqliteConnection.ClearAllPools();

        var first = await CliProcess.RunAsync(folder.Path, "import-beryl-history");
        var second = await CliProcess.RunAsync(folder.Path, "import-beryl-history");

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Imported 1 day ({yesterday} to {yesterday}) from Beryl's own collector, skipped 0.", lines[0]);
        Assert.Equal("Known on imported days: 12 metrics.", lines[1]);
        Assert.StartsWith("Unknown on imported days, each with its reason on the page: users_total, users_new_24h, ", lines[2]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal([$"{yesterday}: skipped, imported before", $"Imported 0 days from Beryl's own collector, skipped 1."],
            second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Build_history_imports_then_rebuilds_the_past_days_from_the_first_users_day()
    {
        var today = Zurich.Today();
        string Day(int back) => today.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using (var db = new BerylDbContext(new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={folder.File("beryl.db")}").Options))
        {
            await EmbeddedBeryl.EnsureCreatedAsync(db);
            // Joined at noon (10:00 or 11:00 UTC) three days ago: Beryl's first data day.
            db.Users.Add(new User { Email = "first@example.org", Username = "first",
                DateJoined = DateTime.SpecifyKind(today.AddDays(-3).ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }
        SqliteConnection.ClearAllPools();

        var run = await CliProcess.RunAsync(folder.Path, "build-history");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Imported 0 days from Beryl's own collector, skipped 0.", lines[0]);
        // Yesterday too, unless this runs within the grace hour after midnight (its current states still exact).
        var zurichNow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich"));
        var last = zurichNow.Hour == 0 ? 2 : 1;
        Assert.StartsWith($"Rebuilt {4 - last} days from Beryl's tables ({Day(3)} to {Day(last)})", lines[1]);
        Assert.StartsWith("The other metrics are current states Beryl keeps no history of", lines[2]);
    }
}
