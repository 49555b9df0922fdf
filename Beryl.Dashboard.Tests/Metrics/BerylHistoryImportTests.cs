using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Beryl's own snapshots (<c>web_dailymetrics</c>, hand-made rows) imported on 2026-04-20: a row is a day by its
/// <c>collected_at</c> (Zurich: UTC+1 until 2026-03-29, UTC+2 after), not by its <c>collection_date</c>; a column only
/// where Beryl's collector computed the dashboard's quantity; a day the dashboard collected is kept; twice changes nothing.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class BerylHistoryImportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly March10 = new(2026, 3, 10), March12 = new(2026, 3, 12), March14 = new(2026, 3, 14),
        March16 = new(2026, 3, 16), March18 = new(2026, 3, 18), March20 = new(2026, 3, 20), April1 = new(2026, 4, 1);
    private TestServices services = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(Now);
        await using var db = services.Beryl();
        db.Users.Add(new User { Email = "first@example.org", Username = "first", DateJoined = new DateTime(2026, 1, 10, 10, 0, 0, DateTimeKind.Utc) });
        await db.SaveChangesAsync();

        // The midnight run: 00:00:30 on 03-11, so the final snapshot of 03-10 (Beryl labelled it 03-11).
        await BerylRuns.InsertAsync(db, "2026-03-10T23:00:30", "2026-03-11", new Dictionary<string, double>
        {
            ["total_collections"] = 12, ["collections_private"] = 5, ["collections_public"] = 4, ["collections_unlisted"] = 3,
            ["item_types_count"] = 7, ["total_attributes"] = 9, ["total_media_files"] = 20, ["total_storage_bytes"] = 123456,
            ["corrupted_files"] = 1, ["flagged_content"] = 2, ["pending_review"] = 3,
            ["active_users_24h"] = 8, ["active_users_7d"] = 15, ["active_users_30d"] = 30,
            // Never imported: recomputed from Beryl's rows, or not the dashboard's quantity.
            ["total_users"] = 500, ["new_users_24h"] = 99, ["total_items"] = 999,
        });
        // A midday run (13:00): today so far, provisional.
        await BerylRuns.InsertAsync(db, "2026-03-12T12:00:00", "2026-03-12", Collections(13));
        // Run with --date 2026-01-01 at 00:10 on 03-15: Beryl's command ignored the date; it is the final snapshot of 03-14.
        await BerylRuns.InsertAsync(db, "2026-03-14T23:10:00", "2026-01-01", Collections(14));
        // Two runs during 03-16 (10:00 and 18:00): the later one is kept.
        await BerylRuns.InsertAsync(db, "2026-03-16T09:00:00", "2026-03-16", Collections(15));
        await BerylRuns.InsertAsync(db, "2026-03-16T17:00:00", "2026-03-17", Collections(16));
        // 03-18 was collected by the dashboard itself.
        await BerylRuns.InsertAsync(db, "2026-03-18T23:00:10", "2026-03-19", Collections(17));
        // A run during 03-20 (16:00) and the midnight one after it (00:05 on 03-21): the final one is kept.
        await BerylRuns.InsertAsync(db, "2026-03-20T15:00:00", "2026-03-20", Collections(20));
        await BerylRuns.InsertAsync(db, "2026-03-20T23:05:00", "2026-03-21", Collections(19));
        // The midnight run after 04-01 (00:00:20 summer time): its 7 and 30 days of fixed hours cross the change of 03-29.
        await BerylRuns.InsertAsync(db, "2026-04-01T22:00:20", "2026-04-02", new Dictionary<string, double>
        {
            ["total_collections"] = 18, ["active_users_24h"] = 9, ["active_users_7d"] = 16, ["active_users_30d"] = 31,
        });
        // Older than the retention (365 days).
        await BerylRuns.InsertAsync(db, "2025-03-01T12:00:00", "2025-03-01", Collections(21));

        var dashboards = new SnapshotValues();
        foreach (var metric in MetricCatalog.All)
            dashboards.SetUnknown(metric);
        dashboards.Set("collections_total", 50);
        await services.Get<SnapshotStore>().SaveAsync(new MetricSnapshot
        {
            Day = March18, CutOff = new DateTime(2026, 3, 18, 23, 0, 0, DateTimeKind.Utc),
            CollectedAt = new DateTime(2026, 3, 18, 23, 0, 1, DateTimeKind.Utc), Values = dashboards.ToRows(),
        });
    }

    private static Dictionary<string, double> Collections(int count) => new() { ["total_collections"] = count };

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Each_run_is_the_day_its_collected_at_says_with_the_columns_that_hold_the_dashboards_quantities()
    {
        var summary = await services.Get<BerylHistoryImport>().ImportAsync();

        Assert.True(summary.TableFound);
        Assert.Equal([March10, March12, March14, March16, March20, April1], summary.Imported);
        Assert.Equal(
        [
            (new DateOnly(2025, 3, 1), "more than Metrics:RetentionDays (365) days ago"),
            (March16, "another run of the day kept: 2026-03-16 18:00 over 2026-03-16 10:00"),
            (March18, "collected by the dashboard, which is kept"),
            (March20, "another run of the day kept: 2026-03-21 00:05 over 2026-03-20 16:00"),
        ], summary.Skipped);

        var march10 = await Collected.LoadAsync(services, March10);
        Assert.False(march10.Snapshot.IsProvisional);
        Assert.Equal(new DateTime(2026, 3, 10, 23, 0, 0, DateTimeKind.Utc), march10.Snapshot.CutOff);
        Assert.Equal(new DateTime(2026, 3, 10, 23, 0, 30, DateTimeKind.Utc), march10.Snapshot.CollectedAt);
        Assert.Equal((12.0, 5.0, 4.0, 3.0), (march10["collections_total"]!.Value, march10["collections_by_visibility", "private"]!.Value,
            march10["collections_by_visibility", "public"]!.Value, march10["collections_by_visibility", "unlisted"]!.Value));
        Assert.Equal((7.0, 9.0, 20.0, 123456.0), (march10["item_types_total"]!.Value, march10["attributes_total"]!.Value,
            march10["media_files_total"]!.Value, march10["storage_bytes_total"]!.Value));
        Assert.Equal((1.0, 2.0, 3.0), (march10["media_corrupted"]!.Value, march10["moderation_flagged"]!.Value, march10["moderation_pending"]!.Value));
        Assert.Equal((8.0, 15.0, 30.0), (march10["users_active_24h"]!.Value, march10["users_active_7d"]!.Value, march10["users_active_30d"]!.Value));
        Assert.Equal((null, null, null), (march10["users_total"], march10["users_new_24h"], march10["items_total"]));
        Assert.All(march10.Snapshot.Values, v => Assert.Equal(ValueOrigin.BerylCollector, v.Origin));

        var march12 = await Collected.LoadAsync(services, March12);
        Assert.Equal((true, new DateTime(2026, 3, 12, 12, 0, 0, DateTimeKind.Utc), 13.0),
            (march12.Snapshot.IsProvisional, march12.Snapshot.CutOff, march12["collections_total"]!.Value));
        var march14 = await Collected.LoadAsync(services, March14);
        Assert.Equal((false, new DateTime(2026, 3, 14, 23, 0, 0, DateTimeKind.Utc), 14.0),
            (march14.Snapshot.IsProvisional, march14.Snapshot.CutOff, march14["collections_total"]!.Value));
        Assert.Equal(16.0, (await Collected.LoadAsync(services, March16))["collections_total"]);
        Assert.Equal(50.0, (await Collected.LoadAsync(services, March18))["collections_total"]);
        Assert.Equal(19.0, (await Collected.LoadAsync(services, March20))["collections_total"]);

        var april1 = await Collected.LoadAsync(services, April1);
        Assert.Equal(new DateTime(2026, 4, 1, 22, 0, 0, DateTimeKind.Utc), april1.Snapshot.CutOff);
        Assert.Equal((9.0, null, null), (april1["users_active_24h"]!.Value, april1["users_active_7d"], april1["users_active_30d"]));
        Assert.Equal(6, summary.Unknown["items_total"]);
        Assert.Equal(1, summary.Unknown["users_active_7d"]);
    }

    [Fact]
    public async Task An_imported_unknown_says_what_Beryls_collector_got_wrong()
    {
        await services.Get<BerylHistoryImport>().ImportAsync();
        var reports = services.Get<ReportBuilder>();

        var march10 = (await reports.BuildAsync(March10))!;
        var april1 = (await reports.BuildAsync(April1))!;

        Assert.Equal("from Beryl's own collector", march10.Source);
        Assert.Equal("Unknown: imported from Beryl's own collector. Beryl's collector counted the items of deleted collections too.",
            march10.Row("items_total").UnknownReason);
        Assert.Equal("Unknown: imported from Beryl's own collector. Beryl's collector counted fixed hours back, and a daylight-saving " +
                     "change makes them another span than the dashboard's local days.", april1.Row("users_active_7d").UnknownReason);
        Assert.Null(april1.Row("users_active_24h").UnknownReason);
    }

    [Fact]
    public async Task Importing_twice_changes_nothing()
    {
        var import = services.Get<BerylHistoryImport>();
        await import.ImportAsync();
        var before = await AllValuesAsync();

        var again = await import.ImportAsync();

        Assert.Empty(again.Imported);
        Assert.Equal([March10, March12, March14, March16, March20, April1],
            again.Skipped.Where(s => s.Why == "imported before").Select(s => s.Day));
        Assert.Equal(before, await AllValuesAsync());
    }

    [Fact]
    public async Task A_backfill_after_the_import_adds_what_Beryls_rows_tell_and_keeps_the_imported_values()
    {
        await services.Get<BerylHistoryImport>().ImportAsync();

        await services.Get<PastDaysCollector>().CollectAsync([March10]);

        var report = (await services.Get<ReportBuilder>().BuildAsync(March10))!;
        Assert.Equal("rebuilt from Beryl's tables and from Beryl's own collector", report.Source);
        Assert.Equal((1.0, 12.0), (report.Row("users_total").Value!.Value, report.Row("collections_total").Value!.Value));
        Assert.Equal("from Beryl's own collector, 2026-03-11 00:00", MetricFormat.KeptFrom(report.Row("collections_total").KeptFrom!));
        var csv = HistoryCsv.Write(await services.Get<SnapshotStore>().HistoryAsync(["users_total", "collections_total"], March10, March10),
            [], services.Get<BusinessCalendar>()).Split("\r\n");
        Assert.Contains("2026-03-10,Users,users_total,,1,count,2026-04-20T09:00:00Z,rebuilt,,", csv);
        Assert.Contains("2026-03-10,Collections,collections_total,,12,count,2026-03-10T23:00:30Z,imported,,", csv);
    }

    [Fact]
    public async Task Building_the_history_imports_then_rebuilds_every_past_day_the_dashboard_did_not_collect()
    {
        var build = await services.Get<HistoryBuilder>().BuildAsync();

        // From the first user's day (2026-01-10) to yesterday: 100 days, less 03-18 the dashboard collected.
        Assert.Equal(99, build.Rebuilt.Results.Count);
        Assert.DoesNotContain(March18, build.Rebuilt.Results.Select(r => r.Day));
        var march18 = await Collected.LoadAsync(services, March18);
        Assert.Equal((new DateTime(2026, 3, 18, 23, 0, 1, DateTimeKind.Utc), 50.0, null),
            (march18.Snapshot.CollectedAt, march18["collections_total"]!.Value, march18["users_total"]));
        var march10 = await Collected.LoadAsync(services, March10);
        Assert.Equal((1.0, 12.0), (march10["users_total"]!.Value, march10["collections_total"]!.Value));
        var march11 = await Collected.LoadAsync(services, new DateOnly(2026, 3, 11));
        Assert.Equal((1.0, null), (march11["users_total"]!.Value, march11["collections_total"]));
        Assert.Contains("Rebuilt 99 days from Beryl's tables (2026-01-10 to 2026-04-19): exact for every day, as Beryl keeps their rows: " +
                        "users_total, users_new_24h, users_new_7d, users_new_30d, collections_created_24h, ", string.Join("\n", build.Lines()));
        Assert.Contains("The other metrics are known on the 6 days Beryl's own collector saw", string.Join("\n", build.Lines()));
    }

    private async Task<List<string>> AllValuesAsync() =>
        (await services.Get<SnapshotStore>().HistoryAsync(MetricCatalog.All.Select(m => m.Key).ToList(), new DateOnly(2025, 1, 1), new DateOnly(2026, 4, 20)))
        .Select(v => $"{v.Day} {v.Key} {v.Label} {v.Value} {v.CollectedAt:O} {v.Origin}").Order(StringComparer.Ordinal).ToList();
}
