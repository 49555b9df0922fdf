using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using static Beryl.Dashboard.Tests.Metrics.June15;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// The collector counts rows just inside and just outside windows that contain a DST change. Each case has a
/// row that a window of fixed 24 or 168 hours ending at the cut-off would count wrongly.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class DstWindowCollectionTests : IAsyncLifetime
{
    private TestServices services = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero));
        await using var db = services.Beryl();
        db.Users.AddRange(
            Joined("first", "2026-01-01T12:00:00"),
            // Spring: 2026-03-29 is [03-28T23:00Z, 03-29T22:00Z); the week of 03-30 starts at 03-23T23:00Z.
            Joined("s5", "2026-03-23T22:59:59"),  // outside the week of 03-30 (a 168 h window would count it)
            Joined("s6", "2026-03-23T23:00:00"),  // first second of the week of 03-30
            Joined("s1", "2026-03-28T22:59:59"),  // 03-28 23:59:59 CET: outside 03-29 (a 24 h window would count it)
            Joined("s2", "2026-03-28T23:00:00"),  // first second of 03-29
            Joined("s3", "2026-03-29T21:59:59"),  // last second of 03-29
            Joined("s4", "2026-03-29T22:00:00"),  // the cut-off of 03-29: counts on 03-30
            // Autumn: 2026-10-25 is [10-24T22:00Z, 10-25T23:00Z); the week of 10-31 starts at 10-24T22:00Z.
            Joined("a1", "2026-10-24T21:59:59"),  // last second of 10-24
            Joined("a2", "2026-10-24T22:00:00"),  // first second of 10-25 (a 24 h / 168 h window would miss it)
            Joined("a3", "2026-10-25T22:30:00"),  // 23:30 CET on 10-25, in its 25th hour
            Joined("a4", "2026-10-25T23:00:00"),  // the cut-off of 10-25: counts on 10-26
            Joined("a5", "2026-10-31T22:59:59"),  // last second of 10-31
            Joined("a6", "2026-10-31T23:00:00")); // the cut-off of 10-31
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task The_spring_forward_day_counts_its_23_hours()
    {
        var day = await Collected.CollectAsync(services, new DateOnly(2026, 3, 29));

        Assert.Equal(2, day["users_new_24h"]);  // s2, s3
        Assert.Equal(6, day["users_total"]);    // first, s5, s6, s1, s2, s3
    }

    [Fact]
    public async Task The_week_after_the_spring_change_counts_7_local_days()
    {
        var day = await Collected.CollectAsync(services, new DateOnly(2026, 3, 30));

        Assert.Equal(1, day["users_new_24h"]);  // s4
        Assert.Equal(5, day["users_new_7d"]);   // s6, s1, s2, s3, s4
    }

    [Fact]
    public async Task The_fall_back_day_counts_its_25_hours()
    {
        var day = await Collected.CollectAsync(services, new DateOnly(2026, 10, 25));

        Assert.Equal(2, day["users_new_24h"]);  // a2, a3
    }

    [Fact]
    public async Task The_week_after_the_autumn_change_counts_7_local_days()
    {
        var day = await Collected.CollectAsync(services, new DateOnly(2026, 10, 31));

        Assert.Equal(1, day["users_new_24h"]);  // a5
        Assert.Equal(4, day["users_new_7d"]);   // a2, a3, a4, a5
    }

    private static User Joined(string name, string utc) => new() { Email = $"{name}@example.org", DateJoined = Utc(utc) };
}
