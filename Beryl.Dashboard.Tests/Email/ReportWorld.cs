using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>
/// The app's real services on a temporary data folder, with Beryl users and hand-written snapshots of
/// <see cref="Day"/>, the day before and a week before, so every change in the report is known in advance.
/// </summary>
public sealed class ReportWorld : IAsyncDisposable
{
    public static readonly DateOnly Day = new(2026, 3, 24);
    public const string Alice = "alice@example.org";
    public const string Bob = "bob@example.org";
    public const string Retired = "retired@example.org";
    public const string Member = "member@example.org";
    public const string HostileType = "<script>alert(1)</script>";
    public const string QuotedType = "\"quotes\" & ümlauts 🎉";

    public TestServices Services { get; }

    private ReportWorld(TestServices services) => Services = services;

    public DailyReportMailer Mailer => Services.Get<DailyReportMailer>();

    public string Outbox => Services.Folder.File("outbox");

    /// <summary>
    /// Alice and Bob are active superusers; a retired (inactive) superuser and an ordinary member must get nothing.
    /// The clock stands just after midnight ending <see cref="Day"/> in Zurich, when the nightly job runs.
    /// </summary>
    public static async Task<ReportWorld> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var services = await TestServices.CreateAsync(new DateTimeOffset(2026, 3, 24, 23, 5, 0, TimeSpan.Zero), settings);
        var world = new ReportWorld(services);
        await world.AddUsersAsync();
        await SaveSnapshotsAsync(services.Get<SnapshotStore>());
        return world;
    }

    private async Task AddUsersAsync()
    {
        await using var beryl = Services.Beryl();
        var joined = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        beryl.Users.AddRange(
            new User { Email = Bob, IsSuperuser = true, IsStaff = true, DateJoined = joined },
            new User { Email = Alice, IsSuperuser = true, IsStaff = true, DateJoined = joined },
            new User { Email = Retired, IsSuperuser = true, IsActive = false, DateJoined = joined },
            new User { Email = Member, DateJoined = joined });
        await beryl.SaveChangesAsync();
    }

    /// <summary>The three hand-written snapshots; the changes they make are spelled out in the tests.</summary>
    public static async Task SaveSnapshotsAsync(SnapshotStore store)
    {
        await store.SaveAsync(Snapshot(Day, 1234,
            new("users_total", 110), new("users_active_24h", 40), new("collections_total", 12), new("items_total", 500),
            new("storage_bytes_total", 1.5 * 1024 * 1024 * 1024), new("media_orphaned", 6),
            new("items_by_type", 300, "Book"), new("items_by_type", 150, HostileType), new("items_by_type", 50, QuotedType)));
        await store.SaveAsync(Snapshot(Day.AddDays(-1), 1100,
            new("users_total", 100), new("users_active_24h", 40), new("collections_total", 0), new("items_total", 510),
            new("storage_bytes_total", 1024 * 1024 * 1024), new("media_orphaned", 5),
            new("items_by_type", 300, "Book"), new("items_by_type", 160, HostileType), new("items_by_type", 50, QuotedType)));
        await store.SaveAsync(Snapshot(Day.AddDays(-7), 1000, new("users_total", 80), new("items_total", 400)));
    }

    private static MetricSnapshot Snapshot(DateOnly day, long durationMs, params StoredSnapshots.V[] values)
    {
        // Midnight ending the day in Zurich (UTC+1 in March before the DST change on the 29th).
        var cutOff = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-1);
        return StoredSnapshots.Snapshot(day, cutOff, cutOff.AddMinutes(2), durationMs, values);
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
