using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using V = Beryl.Dashboard.Tests.Support.StoredSnapshots.V;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// The page's reports are built once and shared until the store changes, on a real store: sign-ups of 20, 20, then
/// 0 on 2026-03-29, an alert on New users (24h).
/// </summary>
public sealed class ReportCacheTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 3, 29);
    private TestServices services = default!;

    private ReportCache Cache => services.Get<ReportCache>();

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero));
        foreach (var (day, users) in new[] { (Day.AddDays(-2), 20d), (Day.AddDays(-1), 20d), (Day, 0d) })
            await services.Get<SnapshotStore>().SaveAsync(StoredSnapshots.Snapshot(day, new V("users_new_24h", users)));
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task While_the_store_is_unchanged_every_view_gets_the_same_report()
    {
        var first = await Cache.GetAsync(null);

        Assert.Same(first, await Cache.GetAsync(null));
        Assert.Same(first, await Cache.GetAsync(null));
        Assert.Equal(Day, first!.Day);
    }

    [Fact]
    public async Task An_explanation_takes_its_alert_out_at_once_and_taking_it_back_brings_it_back()
    {
        Assert.Equal(["New users (24h)"], (await Cache.GetAsync(Day))!.Alerts.Select(a => a.Title));

        var (note, _) = await services.Get<NoteStore>().AddAsync(Day, "Sign-up page down", "admin@beryl.local", "users_new_24h");
        var explained = await Cache.GetAsync(Day);
        Assert.Empty(explained!.Alerts);
        Assert.Equal(["New users (24h)"], explained.Explained.Select(e => e.Alert.Title));

        await services.Get<NoteStore>().TakeBackAsync(note!.Id);
        Assert.Equal(["New users (24h)"], (await Cache.GetAsync(Day))!.Alerts.Select(a => a.Title));
    }

    [Fact]
    public async Task A_new_collection_of_the_day_is_shown_at_once()
    {
        Assert.Equal(0, (await Cache.GetAsync(null))!.Categories.SelectMany(c => c.Rows).Single(r => r.Metric.Key == "users_new_24h").Value);

        await services.Get<SnapshotStore>().SaveAsync(StoredSnapshots.Snapshot(Day, new V("users_new_24h", 21)));

        Assert.Equal(21, (await Cache.GetAsync(null))!.Categories.SelectMany(c => c.Rows).Single(r => r.Metric.Key == "users_new_24h").Value);
    }

    [Fact]
    public async Task A_report_is_built_again_after_a_minute_for_Beryls_releases()
    {
        var first = await Cache.GetAsync(Day);

        services.Clock.Advance(ReportCache.MaxAge);

        Assert.NotSame(first, await Cache.GetAsync(Day));
    }
}
