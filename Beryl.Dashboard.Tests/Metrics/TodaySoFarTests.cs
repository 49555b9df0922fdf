using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// "Collect now" at noon on 2026-06-15 in Zurich (10:00 UTC, summer time): each 24-hour count of events records its
/// part since the day's start and the share of the last 28 days' events that came by noon, counted by hand. Local
/// midnight of 06-15 is 06-14T22:00Z; the 28 days start at 05-18 00:00 local (05-17T22:00Z).
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class TodaySoFarTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 6, 15);
    private static readonly DateTimeOffset Noon = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
    private TestServices services = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(Noon);
        await using var db = services.Beryl();
        User U(string email, string joined) => new() { Email = email, Username = email, DateJoined = June15.Utc(joined) };
        db.Users.AddRange(
            // Before the 28 days: in no count.
            U("old@example.org", "2026-05-17T21:59:00"),
            // The 28 days: one by noon local (06-01 09:00), three after it (06-02 18:00, 06-10 23:30, 06-14 15:00).
            U("morning@example.org", "2026-06-01T07:00:00"),
            U("evening@example.org", "2026-06-02T16:00:00"),
            U("late@example.org", "2026-06-10T21:30:00"),
            U("yesterday@example.org", "2026-06-14T13:00:00"),
            // Today: 00:00 local (the day's first instant counts) and 11:59 local.
            U("midnight@example.org", "2026-06-14T22:00:00"),
            U("before-noon@example.org", "2026-06-15T09:59:00"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task A_provisional_24_hour_count_of_events_records_its_part_since_midnight_and_the_usual_share_by_this_hour()
    {
        var collected = await Collected.CollectAsync(services, Day);

        Assert.True(collected.Snapshot.IsProvisional);
        var joined = collected.Snapshot.Values.Single(v => v.Key == "users_new_24h");
        // The window 06-14 12:00 to 06-15 12:00 local: yesterday's 15:00 and today's two.
        Assert.Equal(3.0, joined.Value);
        Assert.Equal(new TodaySoFar(2, 0.25), TodaySoFar.Of(joined));
        // Only the 24-hour window is split; no event of the other kinds, no split.
        Assert.Null(TodaySoFar.Of(collected.Snapshot.Values.Single(v => v.Key == "users_new_7d")));
        Assert.Null(TodaySoFar.Of(collected.Snapshot.Values.Single(v => v.Key == "items_created_24h")));
    }

    [Fact]
    public async Task A_final_snapshot_records_no_split()
    {
        var collected = await Collected.CollectAsync(services, Day.AddDays(-1));

        Assert.False(collected.Snapshot.IsProvisional);
        Assert.All(collected.Snapshot.Values, v => Assert.Null(v.SinceDayStart));
    }
}
