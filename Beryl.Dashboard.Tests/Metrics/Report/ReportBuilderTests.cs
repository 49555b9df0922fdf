using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Tests.Support;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// The report of 2026-06-15 from hand-written snapshots: which baselines it compares with, N/A and its reasons,
/// and the alerts, worst first.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class ReportBuilderTests
{
    private static readonly DateOnly Day = June15.Day;

    [Fact]
    public async Task Each_period_compares_with_the_snapshot_exactly_that_many_days_earlier()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await SaveAsync(services, Day, new V("users_total", 100));
        await SaveAsync(services, Day.AddDays(-1), new V("users_total", 100));
        await SaveAsync(services, Day.AddDays(-6), new V("users_total", 1));   // not a baseline
        await SaveAsync(services, Day.AddDays(-7), new V("users_total", 80));
        await SaveAsync(services, Day.AddDays(-30), new V("users_total", 50));

        var row = (await BuildAsync(services)).Row("users_total");

        Assert.Equal(100, row.Value);
        Assert.Equal(ChangeKind.Unchanged, row.Change(1).Kind);
        Assert.Equal(0, row.Change(1).Percent);
        Assert.Equal(80, row.Change(7).Previous);
        Assert.Equal(25, row.Change(7).Percent);
        Assert.Equal(Severity.Critical, row.Change(7).Severity);
        Assert.Equal(50, row.Change(30).Previous);
        Assert.Equal(100, row.Change(30).Percent);
    }

    [Fact]
    public async Task Without_a_baseline_snapshot_every_change_is_na_with_the_missing_day()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await SaveAsync(services, Day, new V("users_total", 100));

        var report = await BuildAsync(services);
        var row = report.Row("users_total");

        Assert.All(row.Changes, c => Assert.Equal(ChangeKind.NotAvailable, c.Kind));
        Assert.Equal("No snapshot for 2026-06-14.", row.Change(1).Reason);
        Assert.Equal("No snapshot for 2026-06-08.", row.Change(7).Reason);
        Assert.Equal("No snapshot for 2026-05-16.", row.Change(30).Reason);
        Assert.Empty(report.Alerts);
    }

    [Fact]
    public async Task An_unknown_value_on_either_side_is_na_with_its_reason()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await SaveAsync(services, Day, new V("users_banned", null), new V("emails_failed", 4));
        await SaveAsync(services, Day.AddDays(-1), new V("users_banned", 2), new V("emails_failed", null));

        var report = await BuildAsync(services);

        var unknownNow = report.Row("users_banned");
        Assert.Null(unknownNow.Value);
        Assert.StartsWith("Unknown: collected on 2026-06-15 22:05 UTC, after the day ended.", unknownNow.UnknownReason);
        Assert.Equal(ChangeKind.NotAvailable, unknownNow.Change(1).Kind);
        Assert.Equal(unknownNow.UnknownReason, unknownNow.Change(1).Reason);

        var unknownBefore = report.Row("emails_failed").Change(1);
        Assert.Equal(ChangeKind.NotAvailable, unknownBefore.Kind);
        Assert.StartsWith("Unknown on 2026-06-14:", unknownBefore.Reason);
    }

    [Fact]
    public async Task New_and_zero_to_zero_in_the_report()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await SaveAsync(services, Day, new V("links_unmatched", 3), new V("emails_failed", 0),
            new V("items_by_type", 2, "Comic"));
        await SaveAsync(services, Day.AddDays(-1), new V("links_unmatched", 0), new V("emails_failed", 0),
            new V("items_by_type", 0, "Comic"));

        var report = await BuildAsync(services);

        var appeared = report.Row("links_unmatched").Change(1);
        Assert.Equal(ChangeKind.New, appeared.Kind);
        Assert.Null(appeared.Percent);
        Assert.Equal(TrendColour.Bad, appeared.Colour);
        Assert.Equal(ChangeKind.New, report.Row("items_by_type", "Comic").Change(1).Kind);
        var nothing = report.Row("emails_failed").Change(1);
        Assert.Equal(ChangeKind.Unchanged, nothing.Kind);
        Assert.Null(nothing.Percent);
        Assert.Empty(report.Alerts);
    }

    [Fact]
    public async Task Alerts_are_the_changes_past_a_threshold_and_the_minimum_worst_first_and_never_the_collection_duration()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await SaveAsync(services, Day,
            new V("users_total", 130),                    // +30 %: critical
            new V("emails_failed", 12),                   // +20 %: a warning, but +2 is below the minimum change of 5
            new V("links_unmatched", 50),                 // -50 %: critical
            new V("media_orphaned", 111),                 // +11 %: warning
            new V("items_total", 105),                    // +5 %: nothing
            new V("items_by_type", 14, "Book"),           // +40 %: critical, but +4 is below the minimum
            new V("collection_duration_seconds", 100));   // +9900 %: never an alert
        await SaveAsync(services, Day.AddDays(-1),
            new V("users_total", 100), new V("emails_failed", 10), new V("links_unmatched", 100),
            new V("media_orphaned", 100), new V("items_total", 100), new V("items_by_type", 10, "Book"),
            new V("collection_duration_seconds", 1));

        var report = await BuildAsync(services);
        var alerts = report.Alerts;

        Assert.Equal(
        [
            ("Unmatched links", Severity.Critical, -50.0),
            ("Total users", Severity.Critical, 30.0),
            ("Orphaned files", Severity.Warning, 11.0),
        ], alerts.Select(a => (a.Title, a.Severity, Math.Round(a.Change.Percent!.Value, 6))));
        Assert.All(alerts, a => Assert.Equal(1, a.Change.PeriodDays));
        // One snapshot before: too little history, so the thresholds and the minimum decided, and each alert says so.
        Assert.All(alerts, a => Assert.Equal("only 1 day of history, too few to know what is usual (14 needed): judged by the " +
            $"{(a.Severity == Severity.Critical ? 25 : 10)} % threshold and the minimum change of 5 alone", a.Reason));
        Assert.Equal(2, report.UsualChanges);
    }

    [Fact]
    public async Task The_collection_duration_has_no_severity_so_no_view_marks_its_swings()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await SaveAsync(services, Day, new V("collection_duration_seconds", 100));
        await SaveAsync(services, Day.AddDays(-1), new V("collection_duration_seconds", 1));

        var row = (await BuildAsync(services)).AllRows.Single(r => r.Metric.Key == "collection_duration_seconds");

        Assert.Equal((ChangeKind.Up, 9900.0, Severity.None), (row.Changes[0].Kind, Math.Round(row.Changes[0].Percent!.Value, 6), row.Changes[0].Severity));
    }

    [Fact]
    public async Task The_thresholds_come_from_the_settings()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt, new Dictionary<string, string?>
        {
            ["Metrics:AlertThresholdWarning"] = "5",
            ["Metrics:AlertThresholdCritical"] = "50",
        });
        await SaveAsync(services, Day, new V("users_total", 106), new V("items_total", 150), new V("links_total", 104));
        await SaveAsync(services, Day.AddDays(-1), new V("users_total", 100), new V("items_total", 100), new V("links_total", 100));

        var report = await BuildAsync(services);

        Assert.Equal(new AlertThresholds(5, 50), report.Thresholds);
        Assert.Equal(Severity.Warning, report.Row("users_total").Change(1).Severity);
        Assert.Equal(Severity.Critical, report.Row("items_total").Change(1).Severity);
        Assert.Equal(Severity.None, report.Row("links_total").Change(1).Severity);
    }

    [Fact]
    public async Task Without_a_day_the_report_is_of_the_latest_snapshot()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        Assert.Null(await services.Get<ReportBuilder>().BuildAsync());
        await SaveAsync(services, Day.AddDays(-1), new V("users_total", 1));
        await SaveAsync(services, Day, new V("users_total", 2));

        var report = await services.Get<ReportBuilder>().BuildAsync();

        Assert.NotNull(report);
        Assert.Equal(Day, report.Day);
        Assert.Equal(2, report.Row("users_total").Value);
        // Collected at 2026-06-15T22:05Z, shown in Zurich time.
        Assert.Equal(new DateTime(2026, 6, 16, 0, 5, 0), report.CollectedAt.DateTime);
        Assert.Equal(TimeSpan.FromHours(2), report.CollectedAt.Offset);
        Assert.Equal(TimeSpan.FromMilliseconds(1234), report.Duration);
    }

    private static async Task<MetricReport> BuildAsync(TestServices services)
    {
        var report = await services.Get<ReportBuilder>().BuildAsync(Day);
        Assert.NotNull(report);
        return report;
    }
}
