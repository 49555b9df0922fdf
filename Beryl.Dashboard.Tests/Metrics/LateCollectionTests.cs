using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// The nightly collection of 2026-06-15 knows every metric; collecting the same day again the next afternoon (the
/// README's <c>--date</c>, or Hangfire's "Trigger now") cannot know its current states. Beryl keeps no history, so
/// those values could never be had again: the late collection keeps them, and says which collection each came from.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class LateCollectionTests
{
    private static readonly DateTimeOffset Nightly = new(2026, 6, 15, 22, 0, 30, TimeSpan.Zero);
    private static readonly DateTimeOffset NextAfternoon = new(2026, 6, 16, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_late_collection_keeps_what_the_nightly_one_knew_and_takes_what_it_knows_itself()
    {
        await using var services = await TestServices.CreateAsync(Nightly);
        await using (var db = services.Beryl())
        {
            // One user opted out of marketing mail (a current state), who joined long ago (exact for any day).
            db.Users.Add(new User { Email = "a@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }
        var nightly = await Collected.CollectAsync(services, June15.Day);
        Assert.Equal(1, nightly["marketing_opt_out"]);

        // The next day a second user joins, dated back to the 15th (an import): users_total of the 15th becomes 2.
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "b@example.org", DateJoined = June15.InMonth });
            await db.SaveChangesAsync();
        }
        services.Clock.SetUtcNow(NextAfternoon);
        var result = await services.Get<MetricsCollector>().CollectAsync(June15.Day);
        var late = await Collected.LoadAsync(services, June15.Day);

        // Known by the nightly collection only: kept, with that collection's time.
        Assert.Equal(1, late["marketing_opt_out"]);
        Assert.Equal(Nightly.UtcDateTime, Value(late, "marketing_opt_out").CollectedAt);
        Assert.Contains(result.Kept, m => m.Key == "marketing_opt_out");
        Assert.DoesNotContain(result.Unknown, m => m.Key == "marketing_opt_out");
        // Exact for any past day: the late collection's own value and time.
        Assert.Equal(2, late["users_total"]);
        Assert.Equal(NextAfternoon.UtcDateTime, Value(late, "users_total").CollectedAt);
        Assert.Equal(NextAfternoon.UtcDateTime, late.Snapshot.CollectedAt);
        Assert.EndsWith("kept from the day's earlier collection", result.Summary);
    }

    [Fact]
    public async Task A_late_collection_of_a_day_nobody_collected_in_time_stores_unknown()
    {
        await using var services = await TestServices.CreateAsync(NextAfternoon);
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "a@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }

        var result = await services.Get<MetricsCollector>().CollectAsync(June15.Day);
        var late = await Collected.LoadAsync(services, June15.Day);

        Assert.Null(late["marketing_opt_out"]);
        Assert.Contains(result.Unknown, m => m.Key == "marketing_opt_out");
        Assert.Empty(result.Kept);
    }

    private static Beryl.Dashboard.Metrics.Store.MetricValue Value(Collected snapshot, string key) =>
        snapshot.Snapshot.Values.Single(v => v.Key == key && v.Label == "");
}
