using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Email;

/// <summary>
/// What the daily report email says, chosen once from the <see cref="MetricReport"/> so that the HTML and the
/// plain-text parts say the same thing. Values and changes are written by <see cref="MetricFormat"/>.
/// </summary>
public sealed record ReportEmailContent(MetricReport Report, string DashboardUrl)
{
    /// <summary>The executive summary's metrics, in this order.</summary>
    public static readonly IReadOnlyList<string> SummaryKeys =
        ["users_total", "users_active_24h", "collections_total", "items_total", "storage_bytes_total"];

    public static string SubjectOf(DateOnly day) => $"Daily Metrics Report - {IsoDay.Text(day)}";

    public string Subject => SubjectOf(Report.Day);

    public string Collected =>
        $"Snapshot of {IsoDay.Text(Report.Day)}, collected {IsoDay.Minute(Report.CollectedAt)} " +
        $"in {MetricFormat.Seconds(Report.Duration.TotalSeconds)}{(Report.Source is { } source ? $", {source}" : "")}";

    public string? ProvisionalNote => Report.IsProvisional
        ? "Provisional: the day was not over when this snapshot was taken; the nightly collection replaces it."
        : null;

    public IReadOnlyList<SummaryFigure> Summary => SummaryKeys.Select(key => new SummaryFigure(Report.Row(key))).ToList();

    public string NoAlerts => AlertText.NoAlerts(Report);

    public string MarkLegend => AlertText.Marks(Report.Thresholds, SeverityText.Mark);

    public const string ColourLegend =
        "Green: good news, red: bad news, grey: neither (by what the metric measures); the arrow shows the direction. " +
        "N/A: no snapshot to compare with, or the value is unknown.";
}
