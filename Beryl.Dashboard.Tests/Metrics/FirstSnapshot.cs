using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// The stage of the failure tests: a Beryl of one user collected for 2026-06-15 at 22:05 (users_total 1), then a
/// second user and ten minutes later, so that a collection that got through would say 2.
/// </summary>
public static class FirstSnapshot
{
    public static async Task SeedAndCollectAsync(TestServices services)
    {
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "a@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }
        await services.Get<MetricsCollector>().CollectAsync(June15.Day);
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "b@example.org", DateJoined = June15.InDay });
            await db.SaveChangesAsync();
        }
        services.Clock.Advance(TimeSpan.FromMinutes(10));
    }

    /// <summary>The day has the first snapshot, whole and unchanged, and no other.</summary>
    public static async Task AssertIntactAsync(TestServices services)
    {
        var snapshot = await Collected.LoadAsync(services, June15.Day);
        Assert.Equal(June15.Utc("2026-06-15T22:05:00"), snapshot.Snapshot.CollectedAt);
        Assert.Equal(1, snapshot["users_total"]);
        Assert.Equal(0, snapshot["users_new_24h"]);
        Assert.All(MetricCatalog.All.Where(m => !m.IsDistribution),
            m => Assert.Contains(snapshot.Snapshot.Values, v => v.Key == m.Key));
        var stored = await services.Get<SnapshotStore>().ListAsync(June15.Day.AddDays(-40), June15.Day.AddDays(40));
        Assert.Single(stored);
    }
}
