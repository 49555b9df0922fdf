using V = Beryl.Dashboard.Tests.Support.StoredSnapshots.V;
using Beryl.Dashboard.Metrics.Report;
using System.Text;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The rendered text is reused until the store changes (a snapshot, a note), on a real snapshot store.</summary>
public sealed class PrometheusCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 30, 8, 0, 0, TimeSpan.Zero);

    private static PrometheusCache CacheOn(TestServices services) => new(services.Get<SnapshotStore>(), services.Get<ReportBuilder>(),
        services.Get<Microsoft.Extensions.Options.IOptions<Beryl.Dashboard.Metrics.MetricsOptions>>());

    private static MetricSnapshot Snapshot(DateOnly day, DateTime collectedAt, double users) =>
        StoredSnapshots.Snapshot(day, collectedAt, collectedAt, 10, new V("users_total", users));

    [Fact]
    public async Task The_text_is_rendered_once_per_snapshot()
    {
        await using var services = await TestServices.CreateAsync(Now);
        var store = services.Get<SnapshotStore>();
        var cache = CacheOn(services);
        await store.SaveAsync(Snapshot(new DateOnly(2026, 3, 29), new DateTime(2026, 3, 29, 22, 0, 30, DateTimeKind.Utc), 10));

        var first = await cache.GetUtf8Async();
        var second = await cache.GetUtf8Async();

        Assert.Same(first, second);
    }

    [Fact]
    public async Task Collecting_the_latest_day_again_renders_anew()
    {
        await using var services = await TestServices.CreateAsync(Now);
        var store = services.Get<SnapshotStore>();
        var cache = CacheOn(services);
        var day = new DateOnly(2026, 3, 30);
        await store.SaveAsync(Snapshot(day, new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc), 10));
        var before = Encoding.UTF8.GetString(await cache.GetUtf8Async());

        await store.SaveAsync(Snapshot(day, new DateTime(2026, 3, 30, 7, 30, 0, DateTimeKind.Utc), 11));
        var after = Encoding.UTF8.GetString(await cache.GetUtf8Async());

        Assert.Contains("\nberyl_users 10\n", before);
        Assert.Contains("\nberyl_users 11\n", after);
    }

    [Fact]
    public async Task A_newer_day_replaces_the_text_and_an_older_day_does_not()
    {
        await using var services = await TestServices.CreateAsync(Now);
        var store = services.Get<SnapshotStore>();
        var cache = CacheOn(services);
        Assert.Equal("# No metrics available\n", Encoding.UTF8.GetString(await cache.GetUtf8Async()));

        await store.SaveAsync(Snapshot(new DateOnly(2026, 3, 29), new DateTime(2026, 3, 29, 22, 0, 30, DateTimeKind.Utc), 10));
        var latest = Encoding.UTF8.GetString(await cache.GetUtf8Async());
        await store.SaveAsync(Snapshot(new DateOnly(2026, 3, 20), new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc), 3));

        Assert.Equal(latest, Encoding.UTF8.GetString(await cache.GetUtf8Async()));
        Assert.Contains("\nberyl_users 10\n", latest);
    }

    [Fact]
    public async Task An_explained_alert_leaves_the_alert_count()
    {
        await using var services = await TestServices.CreateAsync(Now);
        var store = services.Get<SnapshotStore>();
        var cache = CacheOn(services);
        // Sign-ups of 20, 20, then none: a critical alert on the last day.
        var day = new DateOnly(2026, 3, 29);
        foreach (var (on, users) in new[] { (day.AddDays(-2), 20d), (day.AddDays(-1), 20d), (day, 0d) })
            await store.SaveAsync(StoredSnapshots.Snapshot(on, new V("users_new_24h", users)));
        Assert.Contains("\nberyl_alerts{severity=\"critical\"} 1\n", Encoding.UTF8.GetString(await cache.GetUtf8Async()));

        await services.Get<NoteStore>().AddAsync(day, "Sign-up page down", "admin@beryl.local", "users_new_24h");

        Assert.Contains("\nberyl_alerts{severity=\"critical\"} 0\n", Encoding.UTF8.GetString(await cache.GetUtf8Async()));
    }
}
