using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Which days can be collected: not the future, not before Beryl's first user (in local days), and today as a
/// provisional snapshot that ends now. A refused day writes nothing.
/// The clock is 2026-06-16 00:05 in Zurich; the first user joined 2026-01-10 00:30 in Zurich (01-09 in UTC).
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class CollectionDateTests : IAsyncLifetime
{
    private TestServices services = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(June15.CollectedAt);
        await using var db = services.Beryl();
        db.Users.Add(new User { Email = "first@example.org", DateJoined = June15.Utc("2026-01-09T23:30:00") });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task A_future_day_is_refused_and_nothing_is_written()
    {
        await services.Get<MetricsCollector>().CollectAsync(June15.Day);

        var error = await Assert.ThrowsAsync<InvalidCollectionDateException>(() =>
            services.Get<MetricsCollector>().CollectAsync(new DateOnly(2026, 6, 17)));

        Assert.Contains("2026-06-17 is in the future", error.Message);
        Assert.Equal([June15.Day], await StoredDaysAsync());
    }

    [Fact]
    public async Task A_day_before_the_first_user_in_local_time_is_refused_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<InvalidCollectionDateException>(() =>
            services.Get<MetricsCollector>().CollectAsync(new DateOnly(2026, 1, 9)));

        Assert.Contains("2026-01-09 is before Beryl's first data (2026-01-10)", error.Message);
        Assert.Empty(await StoredDaysAsync());
    }

    [Fact]
    public async Task A_beryl_without_users_is_refused_and_nothing_is_written()
    {
        await using var empty = await TestServices.CreateAsync(June15.CollectedAt);

        var error = await Assert.ThrowsAsync<InvalidCollectionDateException>(() => empty.Get<MetricsCollector>().CollectAsync(June15.Day));

        Assert.Equal("Beryl has no users yet: 2026-06-15 would be a snapshot of nothing.", error.Message);
        Assert.Empty(await empty.Get<SnapshotStore>().ListAsync(new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task The_day_of_the_first_user_can_be_collected()
    {
        var day = await Collected.CollectAsync(services, new DateOnly(2026, 1, 10));

        Assert.Equal(1, day["users_total"]);
        Assert.Equal(1, day["users_new_24h"]);
    }

    [Fact]
    public async Task Today_is_provisional_and_ends_now()
    {
        var result = await services.Get<MetricsCollector>().CollectAsync(new DateOnly(2026, 6, 16));
        var today = await Collected.LoadAsync(services, new DateOnly(2026, 6, 16));

        Assert.True(result.IsProvisional);
        Assert.Contains("(provisional)", result.Summary);
        Assert.True(today.Snapshot.IsProvisional);
        Assert.Equal(June15.Utc("2026-06-15T22:05:00"), today.Snapshot.CutOff);
        // Current-state metrics are exact for today.
        Assert.Equal(1, today["marketing_opt_out"]);
    }

    private async Task<List<DateOnly>> StoredDaysAsync() =>
        (await services.Get<SnapshotStore>().ListAsync(new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1)))
        .Select(s => s.Day).ToList();
}
