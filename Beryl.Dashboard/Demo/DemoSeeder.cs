using Beryl.Dashboard.Formats;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Demo;

/// <summary>
/// Builds the demo Beryl of the embedded default: some quiet months before the history starts, then
/// <c>days</c> simulated days, and at each simulated midnight the real collector runs with the clock set
/// to that midnight, so the history is made of real snapshots. Today is collected so far (provisional).
/// A demo is there whole or not at all: a marker in the data folder (<see cref="IncompleteMarker"/>) is written before
/// the first row and deleted after the last snapshot; a seed that finds it knows the last one was interrupted (Ctrl-C,
/// a crash), removes what it left and starts over.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<BerylDbContext> beryl,
    SnapshotStore store,
    DataFolder folder,
    IServiceProvider services,
    BusinessCalendar calendar,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public const int DefaultDays = 60;
    public const int DefaultSeed = 42;
    public const string AdminEmail = "admin@beryl.local";
    public const string AdminPassword = "beryl-demo";

    /// <summary>Days of quieter growth before the simulated history, so day one already has a community.</summary>
    private const int PrehistoryDays = 150;

    /// <summary>Activity per day relative to <see cref="DemoWorld.LiveDay"/>'s base rates: before, then during the history.</summary>
    private const double PrehistoryGrowth = 0.8, HistoryGrowth = 0.6;

    /// <summary>In the data folder while a seed runs: the first and last day it collects.</summary>
    public const string IncompleteMarker = "seed-demo.incomplete";

    public async Task<DemoSeedResult> SeedAsync(int days, int seed, IProgress<CollectionProgress>? progress = null, CancellationToken ct = default)
    {
        await using var db = await beryl.CreateDbContextAsync(ct);
        var marker = folder.File(IncompleteMarker);
        var removedInterrupted = File.Exists(marker);
        if (removedInterrupted)
            await RemoveInterruptedAsync(db, marker, ct);
        var existing = await db.Users.CountAsync(ct);
        if (existing > 0)
            throw new DemoDataExistsException(existing);

        var now = clock.GetUtcNow();
        var today = calendar.DayOf(now);
        var first = today.AddDays(-days);
        var world = new DemoWorld(db, new Random(seed));
        await File.WriteAllTextAsync(marker, $"{IsoDay.Text(first)} {IsoDay.Text(today)}\n", ct);

        world.GrowBefore(first, PrehistoryDays, PrehistoryGrowth, calendar, DjangoPasswordHasher.Hash(AdminPassword));
        await db.SaveChangesAsync(ct);

        var simulated = new SimulatedClock(now);
        var collector = ActivatorUtilities.CreateInstance<MetricsCollector>(services, simulated);
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            var start = calendar.StartOf(day);
            var end = day == today ? now.UtcDateTime : calendar.StartOf(day.AddDays(1));
            world.LiveDay(start, end, growth: HistoryGrowth);
            await db.SaveChangesAsync(ct);
            // The nightly job runs just after midnight; today's collection happens now.
            simulated.Now = day == today ? now : new DateTimeOffset(end.AddSeconds(30), TimeSpan.Zero);
            await collector.CollectAsync(day, null, ct);
            logger.LogDebug("Demo day {Day} collected", day);
            progress?.Report(new CollectionProgress(day.DayNumber - first.DayNumber + 1, days + 1, $"{IsoDay.Text(day)}"));
        }
        await AddReleasesAsync(db, first, today, ct);
        File.Delete(marker);
        return new DemoSeedResult(world.UserCount, world.ItemCount, days + 1, first, today, removedInterrupted);
    }

    /// <summary>Two updates of the demo Beryl, as Django records them: migrations applied on a day, in its afternoon.</summary>
    private async Task AddReleasesAsync(BerylDbContext db, DateOnly first, DateOnly today, CancellationToken ct)
    {
        (DateOnly Day, string App, string Name)[] releases =
        [
            (first.AddDays(12), "web", "0039_collectionitem_condition"),
            (today.AddDays(-6), "web", "0040_linkpattern_icon"),
            (today.AddDays(-6), "post_office", "0012_alter_email_priority"),
        ];
        foreach (var (day, app, name) in releases.Where(r => r.Day > first && r.Day < today))
        {
            var applied = calendar.StartOf(day).AddHours(15);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO django_migrations (app, name, applied) VALUES ({app}, {name}, {applied})", ct);
        }
    }

    /// <summary>Removes what an interrupted seed left: the embedded Beryl's rows and the snapshots of the days it collected.</summary>
    private async Task RemoveInterruptedAsync(BerylDbContext db, string marker, CancellationToken ct)
    {
        var days = (await File.ReadAllTextAsync(marker, ct)).Split(' ', StringSplitOptions.TrimEntries);
        await EmbeddedBeryl.ClearAsync(db, ct);
        if (days.Length == 2 && DateOnly.TryParse(days[0], out var from) && DateOnly.TryParse(days[1], out var to))
            await store.DeleteAsync(from, to, ct);
        File.Delete(marker);
    }
}
