using V = Beryl.Dashboard.Tests.Support.StoredSnapshots.V;
using Beryl.Dashboard.Metrics.Report;
using System.Text;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The rendered text is reused until the latest snapshot changes, on a real snapshot store.</summary>
public sealed class PrometheusCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 30, 8, 0, 0, TimeSpan.Zero);

    private static MetricSnapshot Snapshot(DateOnly day, DateTime collectedAt, double users) =>
        StoredSnapshots.Snapshot(day, collectedAt, collectedAt, 10, new V("users_total", users));

    [Fact]
    public async Task The_text_is_rendered_once_per_snapshot()
    {
        await using var services = await TestServices.CreateAsync(Now);
        var store = services.Get<SnapshotStore>();
        var cache = new PrometheusCache(store, services.Get<ReportBuilder>(), services.Get<Microsoft.Extensions.Options.IOptions<Beryl.Dashboard.Metrics.MetricsOptions>>());
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
        var cache = new PrometheusCache(store, services.Get<ReportBuilder>(), services.Get<Microsoft.Extensions.Options.IOptions<Beryl.Dashboard.Metrics.MetricsOptions>>());
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
        var cache = new PrometheusCache(store, services.Get<ReportBuilder>(), services.Get<Microsoft.Extensions.Options.IOptions<Beryl.Dashboard.Metrics.MetricsOptions>>());
        Assert.Equal("# No metrics available\n", Encoding.UTF8.GetString(await cache.GetUtf8Async()));

        await store.SaveAsync(Snapshot(new DateOnly(2026, 3, 29), new DateTime(2026, 3, 29, 22, 0, 30, DateTimeKind.Utc), 10));
        var latest = await cache.GetUtf8Async();
        await store.SaveAsync(Snapshot(new DateOnly(2026, 3, 20), new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc), 3));

        Assert.Same(latest, await cache.GetUtf8Async());
        Assert.Contains("\nberyl_users 10\n", Encoding.UTF8.GetString(latest));
    }
}
