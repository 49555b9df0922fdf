using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Three past days around the spring DST change in Zurich (Sunday 2026-03-29 has 23 hours), collected weeks later:
/// the one-pass collection of the range gives every day the hand counts, and the same known values as a whole
/// collection of that day alone. Local midnights: 03-28 = 03-27T23:00Z, 03-29 = 03-28T23:00Z, 03-30 = 03-29T22:00Z,
/// 03-31 = 03-30T22:00Z.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class PastDaysCollectorTests : IAsyncLifetime
{
    private static readonly DateOnly[] Days = [new(2026, 3, 28), new(2026, 3, 29), new(2026, 3, 30)];
    private static readonly DateTimeOffset WeeksLater = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private TestServices services = null!;

    private static DateTime Utc(string at) => DateTime.SpecifyKind(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(WeeksLater);
        await using var db = services.Beryl();
        var serial = 0;
        T Content<T>(T row, DateTime created, bool deleted = false) where T : BerylContent
        {
            row.Hash = $"h{++serial:000}";
            row.Name = $"row {serial}";
            row.Created = row.Updated = created;
            row.IsDeleted = deleted;
            return row;
        }
        User U(string email, string joined) => new() { Email = email, Username = email, DateJoined = Utc(joined) };

        // Users by local day of joining: 01-10 u0; 03-27 u1 (23:59); 03-28 u2 (00:00), u3 (23:30);
        // 03-29 u4 (03:30 summer time), u5 (23:59 summer time); 03-30 u6 (00:00).
        var u0 = U("u0@example.org", "2026-01-10T10:00:00");
        db.Users.AddRange(u0, U("u1@example.org", "2026-03-27T22:59:00"), U("u2@example.org", "2026-03-27T23:00:00"),
            U("u3@example.org", "2026-03-28T22:30:00"), U("u4@example.org", "2026-03-29T01:30:00"),
            U("u5@example.org", "2026-03-29T21:59:00"), U("u6@example.org", "2026-03-29T22:00:00"));
        // Collections: c0 long ago; c1 on 03-29 (13:00), deleted since.
        var c0 = Content(new Collection { CreatedBy = u0 }, Utc("2026-01-10T10:00:00"));
        var c1 = Content(new Collection { CreatedBy = u0 }, Utc("2026-03-29T11:00:00"), deleted: true);
        db.Collections.AddRange(c0, c1);
        // Items: i3 on 03-28 (00:30); i1 on 03-29 (00:15), deleted since; i2 on 03-30 (00:30); i4 in c1 on 03-29 (14:00).
        db.CollectionItems.AddRange(
            Content(new CollectionItem { Collection = c0, CreatedBy = u0 }, Utc("2026-03-27T23:30:00")),
            Content(new CollectionItem { Collection = c0, CreatedBy = u0 }, Utc("2026-03-28T23:15:00"), deleted: true),
            Content(new CollectionItem { Collection = c0, CreatedBy = u0 }, Utc("2026-03-29T22:30:00")),
            Content(new CollectionItem { Collection = c1, CreatedBy = u0 }, Utc("2026-03-29T12:00:00")));
        // Uploads: m1 on 03-30 (23:00), deleted since; m2 on 03-31 (00:00), after every day.
        db.MediaFiles.AddRange(
            Content(Media(), Utc("2026-03-30T21:00:00"), deleted: true),
            Content(Media(), Utc("2026-03-30T22:00:00")));
        await db.SaveChangesAsync();
    }

    private static MediaFile Media() => new()
    {
        MediaType = BerylChoices.CollectionItemMedia, FilePath = $"media/{Guid.NewGuid():N}", OriginalFilename = "photo",
        FileSize = 100, ContentType = "image/jpeg", ContentModerationStatus = BerylChoices.Approved, FileExists = true,
    };

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Each_day_has_its_hand_counts()
    {
        var result = await services.Get<PastDaysCollector>().CollectAsync(Days);

        Assert.Equal(Days, result.Results.Select(r => r.Day));
        var (d28, d29, d30) = (await Collected.LoadAsync(services, Days[0]), await Collected.LoadAsync(services, Days[1]),
            await Collected.LoadAsync(services, Days[2]));
        Assert.Equal((4.0, 2.0, 3.0, 3.0), (d28["users_total"]!.Value, d28["users_new_24h"]!.Value, d28["users_new_7d"]!.Value, d28["users_new_30d"]!.Value));
        Assert.Equal((6.0, 2.0, 5.0), (d29["users_total"]!.Value, d29["users_new_24h"]!.Value, d29["users_new_7d"]!.Value));
        Assert.Equal((7.0, 1.0, 6.0, 6.0), (d30["users_total"]!.Value, d30["users_new_24h"]!.Value, d30["users_new_7d"]!.Value, d30["users_new_30d"]!.Value));
        Assert.Equal((0.0, 1.0, 0.0), (d28["collections_created_24h"]!.Value, d29["collections_created_24h"]!.Value, d30["collections_created_24h"]!.Value));
        Assert.Equal(1.0, d30["collections_created_7d"]);
        Assert.Equal((1.0, 2.0, 1.0), (d28["items_created_24h"]!.Value, d29["items_created_24h"]!.Value, d30["items_created_24h"]!.Value));
        Assert.Equal(4.0, d30["items_created_7d"]);
        Assert.Equal((0.0, 0.0, 1.0), (d28["uploads_24h"]!.Value, d29["uploads_24h"]!.Value, d30["uploads_24h"]!.Value));
        // What Beryl keeps no history of is unknown.
        Assert.Null(d29["items_total"]);
        Assert.Null(d29["users_active_24h"]);
    }

    [Fact]
    public async Task Each_day_knows_what_a_collection_of_that_day_alone_knows()
    {
        var alone = new Dictionary<DateOnly, Dictionary<string, double?>>();
        foreach (var day in Days)
            alone[day] = Known(await Collected.CollectAsync(services, day));

        await services.Get<PastDaysCollector>().CollectAsync(Days);

        foreach (var day in Days)
            Assert.Equal(alone[day], Known(await Collected.LoadAsync(services, day)));
    }

    /// <summary>The known values of a snapshot but the run's own duration, which differs from run to run.</summary>
    private static Dictionary<string, double?> Known(Collected snapshot) => snapshot.Snapshot.Values
        .Where(v => v.Value is not null && v.Key != "collection_duration_seconds")
        .ToDictionary(v => $"{v.Key}|{v.Label}", v => v.Value);
}
