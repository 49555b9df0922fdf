using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Components.Metrics;

/// <summary>The band a history chart shades: the usual range an alert of one of its rows was judged against.</summary>
public static class AlertBand
{
    /// <summary>The range of the first of <paramref name="rows"/> with an alert that had one; null when none did.</summary>
    public static ChartBand? Of(MetricReport report, IEnumerable<MetricRow> rows)
    {
        var usual = rows.Select(row => report.Alerts.FirstOrDefault(a => a.Row.Metric.Key == row.Metric.Key && a.Row.Label == row.Label)?.Usual)
            .FirstOrDefault(u => u is not null);
        return usual is null ? null : new ChartBand(usual.Low, usual.High, $"usual on {IsoDay.Text(report.Day)}");
    }
}
