using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>Collecting a day again replaces its snapshot: one snapshot per day, with the latest values.</summary>
[Trait("Category", TestDatabase.Category)]
public sealed class CollectTwiceTests
{
    [Fact]
    public async Task The_second_collection_of_a_day_replaces_the_first()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "a@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }
        var first = await Collected.CollectAsync(services, June15.Day);
        Assert.Equal(1, first["users_total"]);

        // Two more users turn up in Beryl's data for that day (late replication, a restored backup...).
        await using (var db = services.Beryl())
        {
            db.Users.AddRange(
                new User { Email = "b@example.org", DateJoined = June15.InDay },
                new User { Email = "c@example.org", DateJoined = June15.InDay });
            await db.SaveChangesAsync();
        }
        services.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await Collected.CollectAsync(services, June15.Day);

        var stored = await services.Get<SnapshotStore>().ListAsync(June15.Day.AddDays(-40), June15.Day.AddDays(40));
        Assert.Equal([June15.Day], stored.Select(s => s.Day));
        Assert.Equal(June15.Utc("2026-06-15T22:15:00"), stored[0].CollectedAt);
        Assert.Equal(3, second["users_total"]);
        Assert.Equal(2, second["users_new_24h"]);
        // No value of the first collection is left behind: one row per key and label.
        Assert.Equal(second.Snapshot.Values.Count,
            second.Snapshot.Values.Select(v => (v.Key, v.Label)).Distinct().Count());
        var history = await services.Get<SnapshotStore>().HistoryAsync(["users_total"], June15.Day, June15.Day);
        Assert.Equal(3, Assert.Single(history).Value);
    }
}
