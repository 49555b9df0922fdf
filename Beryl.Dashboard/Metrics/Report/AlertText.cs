using System.Globalization;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>How the page, the email and the CLI word alerts, so that all three say the same.</summary>
public static class AlertText
{
    /// <summary>"Total users vs yesterday": what an alert is about.</summary>
    public static string Title(MetricAlert alert) =>
        $"{alert.Title} {Comparisons.Heading(alert.Change.PeriodDays).ToLowerInvariant()}";

    /// <summary>One line: "CRITICAL New users (24 h) vs yesterday: ↓ -20 (-100.0 %) !! — usually 12 to 28; today 0".</summary>
    public static string Line(MetricAlert alert) =>
        $"{alert.Severity.Heading(),-8} {Title(alert)}: {MetricFormat.Change(alert.Change, alert.Row.Metric.Unit, alert.Severity).Trim()} — {alert.Reason}";

    /// <summary>What the alert list says when it is empty, and whether changes past a threshold were judged usual.</summary>
    public static string NoAlerts(MetricReport report) => report.UsualChanges switch
    {
        0 => $"No change passed the {Percent(report.Thresholds.Warning)} warning threshold.",
        1 => $"No alerts: 1 change passed the {Percent(report.Thresholds.Warning)} warning threshold, within what its metric usually does.",
        var n => $"No alerts: {n} changes passed the {Percent(report.Thresholds.Warning)} warning threshold, each within what its metric usually does.",
    };

    /// <summary>"Alerts: 2 critical (≥ 25 %), 1 warning (≥ 10 %)": the heading of a list of alerts.</summary>
    public static string Heading(MetricReport report)
    {
        var critical = report.Alerts.Count(a => a.Severity == Severity.Critical);
        var warnings = report.Alerts.Count(a => a.Severity == Severity.Warning);
        return $"Alerts: {critical} critical (≥ {Percent(report.Thresholds.Critical)}), " +
               $"{warnings} {(warnings == 1 ? "warning" : "warnings")} (≥ {Percent(report.Thresholds.Warning)})";
    }

    /// <summary>
    /// What the marks after a change mean, for the legends of the page and the email (<paramref name="mark"/>: how that
    /// view writes one): the same marks as the alert list, and only there.
    /// </summary>
    public static string Marks(AlertThresholds thresholds, Func<Severity, string> mark) =>
        $"{mark(Severity.Warning)} warning, {mark(Severity.Critical)} critical: an alert, a change of at least " +
        $"{Percent(thresholds.Warning)} ({Percent(thresholds.Critical)} for critical) that is unusual for its metric, " +
        "listed with its reason under the alerts. A change past a threshold that its metric often makes is not marked.";

    public static string Percent(double threshold) => threshold.ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
