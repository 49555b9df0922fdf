using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Current-state metrics of a finished day are exact only when collected soon after its cut-off: within
/// Metrics:CurrentStateGraceMinutes (60 by default) of 2026-06-15T22:00Z.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class CurrentStateGraceTests
{
    [Theory]
    [InlineData("2026-06-15T23:00:00", 1.0)]   // 60 minutes after the cut-off: still exact
    [InlineData("2026-06-15T23:01:00", null)]  // 61 minutes after: unknown
    public async Task Current_state_is_known_only_within_the_grace(string collectedAt, double? expectedOptOut)
    {
        var now = new DateTimeOffset(June15.Utc(collectedAt));
        await using var services = await TestServices.CreateAsync(now);
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "a@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }

        var day = await Collected.CollectAsync(services, June15.Day);

        Assert.Equal(expectedOptOut, day["marketing_opt_out"]);
        Assert.Equal(1, day["users_total"]);
        Assert.False(day.Snapshot.IsProvisional);
    }
}
