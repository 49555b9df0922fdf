using System.Text;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Email;

/// <summary>The plain-text part of the report email: the same sections as the HTML, as aligned columns.</summary>
public static class ReportEmailText
{
    public static string Write(ReportEmailContent content)
    {
        var report = content.Report;
        var text = new StringBuilder();
        text.AppendLine(content.Subject);
        text.AppendLine(content.Collected);
        if (content.ProvisionalNote is { } note)
            text.AppendLine(note);
        foreach (var dayEvent in report.DayEvents)
            text.AppendLine(PlainText.Safe(dayEvent));

        text.AppendLine().AppendLine("SUMMARY");
        AppendColumns(text, content.Summary.Select(f => new[]
        {
            f.Label, f.Value, MetricFormat.Change(f.SinceYesterday, f.Row.Metric.Unit, report.MarkOf(f.SinceYesterday)), f.Yesterday,
        }));

        text.AppendLine().AppendLine(report.Alerts.Count == 0 ? "ALERTS" : $"ALERTS ({report.Alerts.Count})");
        if (report.Alerts.Count == 0)
            text.AppendLine("  " + content.NoAlerts);
        AppendColumns(text, report.Alerts.Select(a => new[]
        {
            a.Severity.Heading(), AlertText.Title(a), MetricFormat.Change(a.Change, a.Row.Metric.Unit, a.Severity), a.Reason,
        }));

        foreach (var category in report.Categories)
        {
            text.AppendLine().AppendLine(category.Title.ToUpperInvariant());
            var header = new[] { "Metric", "Current" }.Concat(Comparisons.InEmail.Select(Comparisons.Heading)).ToArray();
            AppendColumns(text, category.Rows.SelectMany(row => Lines(report, row)).Prepend(header));
        }

        text.AppendLine().AppendLine(content.MarkLegend).AppendLine(ReportEmailContent.ColourLegend);
        text.AppendLine().AppendLine($"Dashboard: {content.DashboardUrl}");
        return text.ToString();
    }

    /// <summary>A metric's line, or for a distribution its name then one indented line per label shown.</summary>
    private static IEnumerable<string[]> Lines(MetricReport report, MetricRow row)
    {
        if (!row.IsDistributionHeader)
            return [Cells(report, row, row.Title)];
        var (largest, other) = report.Shown(row);
        return largest.Append(other).OfType<MetricRow>().Select(sub => Cells(report, sub, "  · " + sub.Title))
            .Prepend([$"{row.Metric.Label} ({row.SubRows.Count} {row.Metric.DimensionPlural})"]);
    }

    private static string[] Cells(MetricReport report, MetricRow row, string name) =>
        Comparisons.InEmail.Select(p => MetricFormat.Change(row.Change(p), row.Metric.Unit, report.MarkOf(row.Change(p))))
            .Prepend(MetricFormat.Value(row.Value, row.Metric.Unit)).Prepend(name).ToArray();

    /// <summary>
    /// Left-aligned columns two spaces apart; a one-cell line (a heading) does not widen the first column. Cells hold
    /// names from Beryl: a line break or control character in one never reaches the text (<see cref="PlainText"/>).
    /// </summary>
    private static void AppendColumns(StringBuilder text, IEnumerable<string[]> lines)
    {
        var rows = lines.Select(cells => cells.Select(PlainText.Safe).ToArray()).ToList();
        var widths = new int[rows.Select(r => r.Length).DefaultIfEmpty(0).Max()];
        foreach (var cells in rows.Where(r => r.Length > 1))
            for (var i = 0; i < cells.Length; i++)
                widths[i] = Math.Max(widths[i], cells[i].Length);
        foreach (var cells in rows)
            text.Append("  ").AppendLine(string.Join("  ", cells.Select((c, i) => cells.Length == 1 ? c : c.PadRight(widths[i]))).TrimEnd());
    }
}
