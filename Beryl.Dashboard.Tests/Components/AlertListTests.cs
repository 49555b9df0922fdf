using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Bunit;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>The alerts at the top of the page: their order, the counts, "Show all" and the calm message.</summary>
public sealed class AlertListTests : MudComponentTest
{
    private static readonly AlertThresholds Thresholds = new(10, 25);

    /// <summary>Five alerts worst first, as the report orders them: two critical, then three warnings.</summary>
    private static readonly IReadOnlyList<MetricAlert> FiveAlerts =
    [
        Alert("users_total", 50, 100, 7),
        Alert("links_unmatched", 130, 100, 1),
        Alert("items_by_status", 12, 10, 30, "wanted"),
        Alert("emails_failed", 88, 100, 1),
        Alert("media_files_total", 110, 100, 1),
    ];

    private static MetricAlert Alert(string key, double current, double previous, int periodDays, string label = "")
    {
        var metric = MetricCatalog.ByKey(key);
        var change = MetricChange.Compare(periodDays, current, previous, metric.Polarity, Thresholds);
        return new MetricAlert(new MetricRow(metric, label, current, null, [change], []), change, $"reason of {key}");
    }

    /// <summary>A report holding only alerts (and how many threshold changes were usual): all the list reads.</summary>
    internal static MetricReport ReportOf(IReadOnlyList<MetricAlert> alerts, AlertThresholds thresholds, int usualChanges = 0) =>
        new(new DateOnly(2026, 3, 30), new DateTime(2026, 3, 30, 22, 0, 0, DateTimeKind.Utc), DateTimeOffset.UnixEpoch,
            TimeSpan.Zero, false, [], alerts, thresholds) { UsualChanges = usualChanges };

    private IRenderedComponent<AlertList> RenderAlerts(IReadOnlyList<MetricAlert> alerts, int limit = 8) =>
        Render<AlertList>(p => p.Add(c => c.Report, ReportOf(alerts, Thresholds)).Add(c => c.Limit, limit));

    [Fact]
    public void Alerts_are_listed_in_the_order_of_the_report_with_period_and_change()
    {
        var cut = RenderAlerts(FiveAlerts);

        var rows = cut.FindAll("div.alert-row");
        Assert.Equal([
            "Total users vs 7 days ↓ -50 (-50.0 %)‼ reason of users_total Explain",
            "Unmatched links vs yesterday ↑ +30 (+30.0 %)‼ reason of links_unmatched Explain",
            "Items by status: Wanted vs 30 days ↑ +2 (+20.0 %)! reason of items_by_status Explain",
            "Emails failed vs yesterday ↓ -12 (-12.0 %)! reason of emails_failed Explain",
            "Media files vs yesterday ↑ +10 (+10.0 %)! reason of media_files_total Explain",
        ], rows.Select(TextOf));
        Assert.Equal(["alert-critical", "alert-critical", "alert-warning", "alert-warning", "alert-warning"],
            rows.Select(r => r.ClassList.Single(c => c != "alert-row")));
    }

    [Fact]
    public void The_header_counts_critical_changes_and_warnings_with_their_thresholds()
    {
        var cut = RenderAlerts(FiveAlerts);

        Assert.Equal("Alerts: 2 critical (≥ 25 %), 3 warnings (≥ 10 %)",
            TextOf(cut.Find("[data-testid='alerts'] .mud-typography-subtitle2")));
    }

    [Fact]
    public async Task Beyond_the_limit_show_all_reveals_the_rest_and_show_fewer_hides_it_again()
    {
        var cut = RenderAlerts(FiveAlerts, limit: 3);

        Assert.Equal(["Total users", "Unmatched links", "Items by status: Wanted"],
            cut.FindAll("div.alert-row .alert-title").Select(TextOf));
        Assert.Equal("Show all 5", TextOf(cut.Find("[data-testid='alerts'] > button")));

        await cut.Find("[data-testid='alerts'] > button").ClickAsync();

        Assert.Equal(["Total users", "Unmatched links", "Items by status: Wanted", "Emails failed", "Media files"],
            cut.FindAll("div.alert-row .alert-title").Select(TextOf));
        Assert.Equal("Show fewer", TextOf(cut.Find("[data-testid='alerts'] > button")));

        await cut.Find("[data-testid='alerts'] > button").ClickAsync();

        Assert.Equal(3, cut.FindAll("div.alert-row").Count);
    }

    [Fact]
    public void Up_to_the_limit_every_alert_shows_and_there_is_no_button()
    {
        var cut = RenderAlerts(FiveAlerts, limit: 5);

        Assert.Equal(5, cut.FindAll("div.alert-row").Count);
        Assert.Empty(cut.FindAll("[data-testid='alerts'] > button"));
    }

    [Fact]
    public void Without_alerts_it_says_no_change_passed_the_warning_threshold()
    {
        var cut = Render<AlertList>(p => p.Add(c => c.Report, ReportOf([], new AlertThresholds(12.5, 30))));

        Assert.Equal("No change passed the 12.5 % warning threshold.", TextOf(cut.Find("[data-testid='no-alerts']")));
        Assert.Empty(cut.FindAll("[data-testid='alerts']"));
    }

    [Fact]
    public void Without_alerts_it_says_how_many_changes_past_the_threshold_were_usual()
    {
        var cut = Render<AlertList>(p => p.Add(c => c.Report, ReportOf([], Thresholds, usualChanges: 4)));

        Assert.Equal("No alerts: 4 changes passed the 10 % warning threshold, each within what its metric usually does.",
            TextOf(cut.Find("[data-testid='no-alerts']")));
    }
}
