using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>After each collection, snapshots of days more than Metrics:RetentionDays before today are deleted.</summary>
[Trait("Category", TestDatabase.Category)]
public sealed class RetentionTests
{
    [Fact]
    public async Task Snapshots_older_than_the_retention_are_deleted_after_a_collection()
    {
        // Today is 2026-06-14 (00:05 in Zurich) with a retention of 3 days: days from 06-11 on are kept.
        await using var services = await TestServices.CreateAsync(new DateTimeOffset(2026, 6, 13, 22, 5, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["Metrics:RetentionDays"] = "3" });
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "a@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }
        var collector = services.Get<MetricsCollector>();
        foreach (var day in new[] { 11, 12, 13 })
            await collector.CollectAsync(new DateOnly(2026, 6, day));
        Assert.Equal([11, 12, 13], await StoredDaysAsync(services));

        // Two days later (today 2026-06-16): days before 06-13 are past the retention.
        services.Clock.SetUtcNow(June15.CollectedAt);
        var result = await collector.CollectAsync(June15.Day);

        Assert.Equal(2, result.SnapshotsDeleted);
        Assert.Equal([13, 15], await StoredDaysAsync(services));
        Assert.Empty(await services.Get<SnapshotStore>().HistoryAsync(["users_total"], new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 12)));
    }

    private static async Task<List<int>> StoredDaysAsync(TestServices services) =>
        (await services.Get<SnapshotStore>().ListAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)))
        .Select(s => s.Day.Day).ToList();
}
