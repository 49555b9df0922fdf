using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>The history chart of an alerted metric shades the range the alert was judged against.</summary>
public sealed class AlertBandTests
{
    private static readonly AlertThresholds Thresholds = new(10, 25);

    private static MetricRow Row(string key, double value, double previous) =>
        new(MetricCatalog.ByKey(key), "", value, null, [MetricChange.Compare(1, value, previous, Polarity.UpIsGood, Thresholds)], []);

    private static readonly MetricRow NewUsers = Row("users_new_24h", 0, 22);
    private static readonly MetricRow Total = Row("users_total", 1000, 990);

    private static MetricReport Report(UsualRange? usual) => AlertListTests.ReportOf(
        [new MetricAlert(NewUsers, NewUsers.Change(1), "usually 6 to 35; today 0", usual)], Thresholds);

    [Fact]
    public void An_alerted_row_gets_its_usual_range_labelled_with_the_report_day()
    {
        var usual = new UsualRange(6, 35, 20.5, UsualBasis.Level, null, 22, 1);

        Assert.Equal(new Beryl.Dashboard.Components.Shared.ChartBand(6, 35, "usual on 2026-03-30"), AlertBand.Of(Report(usual), [Total, NewUsers]));
    }

    [Fact]
    public void A_row_without_an_alert_or_an_alert_without_a_range_gets_none()
    {
        Assert.Null(AlertBand.Of(Report(new UsualRange(6, 35, 20.5, UsualBasis.Level, null, 22, 1)), [Total]));
        Assert.Null(AlertBand.Of(Report(null), [NewUsers]));
    }
}
