using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// 2026-06-09 collected afterwards, on the night of 2026-06-15: cut-off P = 2026-06-10 00:00 local =
/// 2026-06-09T22:00Z; windows start at 06-08T22:00Z (24h), 06-02T22:00Z (7d), 05-10T22:00Z (30d).
/// Beryl keeps no history but the rows' creation times: users_total and users_new_* (join dates) and the activity
/// counts (rows created, deleted since or not) are exact, every other metric is unknown (null, shown as N/A with the
/// reason).
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class PastDateTests : IAsyncLifetime
{
    private static readonly DateOnly June9 = new(2026, 6, 9);
    private TestServices services = null!;
    private Collected snapshot = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
            await HandCountedBeryl.SeedAsync(db);
        snapshot = await Collected.CollectAsync(services, June9);
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public void The_cut_off_is_the_end_of_that_day()
    {
        Assert.Equal(June15.Utc("2026-06-09T22:00:00"), snapshot.Snapshot.CutOff);
        Assert.False(snapshot.Snapshot.IsProvisional);
    }

    [Fact]
    public void Users_as_of_that_day()
    {
        Assert.Equal(5, snapshot["users_total"]);        // alice, bob, carol, erin, grace
        Assert.Equal(1, snapshot["users_new_24h"]);      // carol, joined exactly at the window start
        Assert.Equal(1, snapshot["users_new_7d"]);       // carol
        Assert.Equal(3, snapshot["users_new_30d"]);      // bob, carol, grace
    }

    [Fact]
    public void Activity_counts_as_of_that_day_deleted_rows_included()
    {
        Assert.Equal(0, snapshot["collections_created_24h"]);
        Assert.Equal(0, snapshot["collections_created_7d"]);
        Assert.Equal(1, snapshot["collections_created_30d"]);  // wishlist, deleted since
        Assert.Equal(1, snapshot["items_created_24h"]);        // i6, created exactly at the window start
        Assert.Equal(1, snapshot["items_created_7d"]);         // i6
        Assert.Equal(2, snapshot["items_created_30d"]);        // i6, i2
        Assert.Equal(0, snapshot["uploads_24h"]);
        Assert.Equal(0, snapshot["uploads_7d"]);
        Assert.Equal(1, snapshot["uploads_30d"]);              // m2
    }

    [Fact]
    public void Every_other_metric_is_stored_as_unknown_since_Beryl_keeps_no_history_of_it()
    {
        string[] exact =
        [
            "users_total", "users_new_24h", "users_new_7d", "users_new_30d", "collection_duration_seconds",
            "collections_created_24h", "collections_created_7d", "collections_created_30d",
            "items_created_24h", "items_created_7d", "items_created_30d", "uploads_24h", "uploads_7d", "uploads_30d",
        ];
        foreach (var metric in MetricCatalog.All.Where(m => !exact.Contains(m.Key)))
        {
            var values = snapshot.Distribution(metric.Key);
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.True(v.Value is null, $"{metric.Key} {v.Key} should be unknown, got {v.Value}."));
        }
        // The labels stay, so the rows still show (as N/A): Beryl's six statuses (the item with a seventh was created
        // after that day), its three visibilities and the one it stores beyond them.
        Assert.Equal(6, snapshot.Distribution("items_by_status").Count);
        Assert.Equal(4, snapshot.Distribution("collections_by_visibility").Count);
    }

    [Fact]
    public async Task The_report_shows_unknown_values_as_na_with_the_reason()
    {
        var report = await services.Get<ReportBuilder>().BuildAsync(June9);

        Assert.NotNull(report);
        foreach (var row in new[] { report.Row("users_banned"), report.Row("items_by_status", "ordered"), report.Row("items_total"), report.Row("users_active_30d") })
        {
            Assert.Null(row.Value);
            Assert.Equal("N/A", MetricFormat.Value(row.Value, row.Metric.Unit));
            Assert.Contains("after the day ended", row.UnknownReason);
            Assert.All(row.Changes, c => Assert.Equal(ChangeKind.NotAvailable, c.Kind));
        }
        var known = report.Row("users_total");
        Assert.Equal(5, known.Value);
        Assert.Null(known.UnknownReason);
    }
}
